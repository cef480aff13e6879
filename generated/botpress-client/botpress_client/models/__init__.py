"""Contains all the data models used in inputs/outputs"""

from .add_participant_request import AddParticipantRequest
from .call_action_request import CallActionRequest
from .call_action_request_input import CallActionRequestInput
from .call_action_response import CallActionResponse
from .call_action_response_meta import CallActionResponseMeta
from .call_action_response_output import CallActionResponseOutput
from .conversation import Conversation
from .conversation_input import ConversationInput
from .conversation_response import ConversationResponse
from .create_event_request import CreateEventRequest
from .create_event_request_payload import CreateEventRequestPayload
from .create_message_request import CreateMessageRequest
from .create_table_request import CreateTableRequest
from .create_table_rows_request import CreateTableRowsRequest
from .create_user_request import CreateUserRequest
from .delete_table_rows_request import DeleteTableRowsRequest
from .delete_table_rows_response import DeleteTableRowsResponse
from .duplicate_table_request import DuplicateTableRequest
from .duplicate_table_response import DuplicateTableResponse
from .empty import Empty
from .error import Error
from .error_type import ErrorType
from .event import Event
from .event_payload import EventPayload
from .event_response import EventResponse
from .event_status import EventStatus
from .filter_ import Filter
from .find_table_rows_request import FindTableRowsRequest
from .find_table_rows_request_group import FindTableRowsRequestGroup
from .find_table_rows_request_order_direction import FindTableRowsRequestOrderDirection
from .find_table_rows_response import FindTableRowsResponse
from .get_or_create_message_request import GetOrCreateMessageRequest
from .get_or_create_table_request import GetOrCreateTableRequest
from .get_or_create_table_response import GetOrCreateTableResponse
from .get_or_create_user_request import GetOrCreateUserRequest
from .get_table_response import GetTableResponse
from .list_conversations_response import ListConversationsResponse
from .list_events_response import ListEventsResponse
from .list_messages_response import ListMessagesResponse
from .list_meta import ListMeta
from .list_participants_response import ListParticipantsResponse
from .list_tables_response import ListTablesResponse
from .list_users_response import ListUsersResponse
from .message import Message
from .message_direction import MessageDirection
from .message_input import MessageInput
from .message_input_payload import MessageInputPayload
from .message_origin import MessageOrigin
from .message_payload import MessagePayload
from .message_response import MessageResponse
from .participant_response import ParticipantResponse
from .patch_state_request import PatchStateRequest
from .patch_state_request_payload import PatchStateRequestPayload
from .rename_table_column_request import RenameTableColumnRequest
from .row import Row
from .row_computed import RowComputed
from .row_input import RowInput
from .row_response import RowResponse
from .row_update import RowUpdate
from .rows_response import RowsResponse
from .schedule import Schedule
from .state import State
from .state_input import StateInput
from .state_input_payload_type_0 import StateInputPayloadType0
from .state_meta import StateMeta
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
from .update_conversation_request import UpdateConversationRequest
from .update_message_request import UpdateMessageRequest
from .update_table_request import UpdateTableRequest
from .update_table_rows_request import UpdateTableRowsRequest
from .upsert_table_rows_request import UpsertTableRowsRequest
from .upsert_table_rows_response import UpsertTableRowsResponse
from .user import User
from .user_input import UserInput
from .user_response import UserResponse

__all__ = (
    "AddParticipantRequest",
    "CallActionRequest",
    "CallActionRequestInput",
    "CallActionResponse",
    "CallActionResponseMeta",
    "CallActionResponseOutput",
    "Conversation",
    "ConversationInput",
    "ConversationResponse",
    "CreateEventRequest",
    "CreateEventRequestPayload",
    "CreateMessageRequest",
    "CreateTableRequest",
    "CreateTableRowsRequest",
    "CreateUserRequest",
    "DeleteTableRowsRequest",
    "DeleteTableRowsResponse",
    "DuplicateTableRequest",
    "DuplicateTableResponse",
    "Empty",
    "Error",
    "ErrorType",
    "Event",
    "EventPayload",
    "EventResponse",
    "EventStatus",
    "Filter",
    "FindTableRowsRequest",
    "FindTableRowsRequestGroup",
    "FindTableRowsRequestOrderDirection",
    "FindTableRowsResponse",
    "GetOrCreateMessageRequest",
    "GetOrCreateTableRequest",
    "GetOrCreateTableResponse",
    "GetOrCreateUserRequest",
    "GetTableResponse",
    "ListConversationsResponse",
    "ListEventsResponse",
    "ListMessagesResponse",
    "ListMeta",
    "ListParticipantsResponse",
    "ListTablesResponse",
    "ListUsersResponse",
    "Message",
    "MessageDirection",
    "MessageInput",
    "MessageInputPayload",
    "MessageOrigin",
    "MessagePayload",
    "MessageResponse",
    "ParticipantResponse",
    "PatchStateRequest",
    "PatchStateRequestPayload",
    "RenameTableColumnRequest",
    "Row",
    "RowComputed",
    "RowInput",
    "RowResponse",
    "RowsResponse",
    "RowUpdate",
    "Schedule",
    "State",
    "StateInput",
    "StateInputPayloadType0",
    "StateMeta",
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
    "UpdateConversationRequest",
    "UpdateMessageRequest",
    "UpdateTableRequest",
    "UpdateTableRowsRequest",
    "UpsertTableRowsRequest",
    "UpsertTableRowsResponse",
    "User",
    "UserInput",
    "UserResponse",
)
