"""Contains all the data models used in inputs/outputs"""

from .add_participant_body import AddParticipantBody
from .call_action_body import CallActionBody
from .call_action_body_input import CallActionBodyInput
from .call_action_response_200 import CallActionResponse200
from .call_action_response_200_meta import CallActionResponse200Meta
from .call_action_response_200_output import CallActionResponse200Output
from .conversation import Conversation
from .conversation_input import ConversationInput
from .conversation_response import ConversationResponse
from .create_event_body import CreateEventBody
from .create_event_body_payload import CreateEventBodyPayload
from .create_message_body import CreateMessageBody
from .create_table_body import CreateTableBody
from .create_table_rows_body import CreateTableRowsBody
from .create_user_body import CreateUserBody
from .delete_table_rows_body import DeleteTableRowsBody
from .delete_table_rows_response_200 import DeleteTableRowsResponse200
from .duplicate_table_body import DuplicateTableBody
from .duplicate_table_response_200 import DuplicateTableResponse200
from .empty import Empty
from .error import Error
from .error_type import ErrorType
from .event import Event
from .event_payload import EventPayload
from .event_response import EventResponse
from .event_status import EventStatus
from .filter_ import Filter
from .find_table_rows_body import FindTableRowsBody
from .find_table_rows_body_group import FindTableRowsBodyGroup
from .find_table_rows_body_order_direction import FindTableRowsBodyOrderDirection
from .find_table_rows_response_200 import FindTableRowsResponse200
from .get_or_create_message_body import GetOrCreateMessageBody
from .get_or_create_table_body import GetOrCreateTableBody
from .get_or_create_table_response_200 import GetOrCreateTableResponse200
from .get_or_create_user_body import GetOrCreateUserBody
from .get_table_response_200 import GetTableResponse200
from .get_table_row_response_200 import GetTableRowResponse200
from .list_conversations_response_200 import ListConversationsResponse200
from .list_events_response_200 import ListEventsResponse200
from .list_messages_response_200 import ListMessagesResponse200
from .list_meta import ListMeta
from .list_participants_response_200 import ListParticipantsResponse200
from .list_tables_response_200 import ListTablesResponse200
from .list_users_response_200 import ListUsersResponse200
from .message import Message
from .message_direction import MessageDirection
from .message_input import MessageInput
from .message_input_payload import MessageInputPayload
from .message_payload import MessagePayload
from .message_response import MessageResponse
from .participant_response import ParticipantResponse
from .patch_state_body import PatchStateBody
from .patch_state_body_payload import PatchStateBodyPayload
from .rename_table_column_body import RenameTableColumnBody
from .row import Row
from .row_computed import RowComputed
from .row_input import RowInput
from .row_update import RowUpdate
from .rows_response import RowsResponse
from .schedule import Schedule
from .state import State
from .state_input import StateInput
from .state_input_payload_type_0 import StateInputPayloadType0
from .state_payload import StatePayload
from .state_response import StateResponse
from .state_type import StateType
from .table import Table
from .table_column import TableColumn
from .table_column_format import TableColumnFormat
from .table_column_type import TableColumnType
from .table_columns import TableColumns
from .table_input import TableInput
from .table_json_schema import TableJsonSchema
from .table_json_schema_properties import TableJsonSchemaProperties
from .table_response import TableResponse
from .table_schema import TableSchema
from .table_schema_properties import TableSchemaProperties
from .tags import Tags
from .update_conversation_body import UpdateConversationBody
from .update_message_body import UpdateMessageBody
from .update_table_body import UpdateTableBody
from .update_table_rows_body import UpdateTableRowsBody
from .upsert_table_rows_body import UpsertTableRowsBody
from .upsert_table_rows_response_200 import UpsertTableRowsResponse200
from .user import User
from .user_input import UserInput
from .user_response import UserResponse

__all__ = (
    "AddParticipantBody",
    "CallActionBody",
    "CallActionBodyInput",
    "CallActionResponse200",
    "CallActionResponse200Meta",
    "CallActionResponse200Output",
    "Conversation",
    "ConversationInput",
    "ConversationResponse",
    "CreateEventBody",
    "CreateEventBodyPayload",
    "CreateMessageBody",
    "CreateTableBody",
    "CreateTableRowsBody",
    "CreateUserBody",
    "DeleteTableRowsBody",
    "DeleteTableRowsResponse200",
    "DuplicateTableBody",
    "DuplicateTableResponse200",
    "Empty",
    "Error",
    "ErrorType",
    "Event",
    "EventPayload",
    "EventResponse",
    "EventStatus",
    "Filter",
    "FindTableRowsBody",
    "FindTableRowsBodyGroup",
    "FindTableRowsBodyOrderDirection",
    "FindTableRowsResponse200",
    "GetOrCreateMessageBody",
    "GetOrCreateTableBody",
    "GetOrCreateTableResponse200",
    "GetOrCreateUserBody",
    "GetTableResponse200",
    "GetTableRowResponse200",
    "ListConversationsResponse200",
    "ListEventsResponse200",
    "ListMessagesResponse200",
    "ListMeta",
    "ListParticipantsResponse200",
    "ListTablesResponse200",
    "ListUsersResponse200",
    "Message",
    "MessageDirection",
    "MessageInput",
    "MessageInputPayload",
    "MessagePayload",
    "MessageResponse",
    "ParticipantResponse",
    "PatchStateBody",
    "PatchStateBodyPayload",
    "RenameTableColumnBody",
    "Row",
    "RowComputed",
    "RowInput",
    "RowsResponse",
    "RowUpdate",
    "Schedule",
    "State",
    "StateInput",
    "StateInputPayloadType0",
    "StatePayload",
    "StateResponse",
    "StateType",
    "Table",
    "TableColumn",
    "TableColumnFormat",
    "TableColumns",
    "TableColumnType",
    "TableInput",
    "TableJsonSchema",
    "TableJsonSchemaProperties",
    "TableResponse",
    "TableSchema",
    "TableSchemaProperties",
    "Tags",
    "UpdateConversationBody",
    "UpdateMessageBody",
    "UpdateTableBody",
    "UpdateTableRowsBody",
    "UpsertTableRowsBody",
    "UpsertTableRowsResponse200",
    "User",
    "UserInput",
    "UserResponse",
)
