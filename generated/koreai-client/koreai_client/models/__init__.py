"""Contains all the data models used in inputs/outputs"""

from .admin_role import AdminRole
from .audit_log import AuditLog
from .audit_logs_response import AuditLogsResponse
from .bot_role import BotRole
from .bot_task_assignment import BotTaskAssignment
from .column_meta import ColumnMeta
from .column_values import ColumnValues
from .create_users_request import CreateUsersRequest
from .custom_filter import CustomFilter
from .delete_table_data_request import DeleteTableDataRequest
from .delete_table_data_response import DeleteTableDataResponse
from .error import Error
from .error_item import ErrorItem
from .failed_user_detail import FailedUserDetail
from .failure_reason import FailureReason
from .group_changes import GroupChanges
from .insert_table_data_request import InsertTableDataRequest
from .new_user import NewUser
from .new_user_info import NewUserInfo
from .query_expression import QueryExpression
from .query_expression_operand import QueryExpressionOperand
from .query_table_data_request import QueryTableDataRequest
from .query_table_data_response import QueryTableDataResponse
from .query_users_info_request import QueryUsersInfoRequest
from .query_users_info_request_status import QueryUsersInfoRequestStatus
from .query_widget_data_request import QueryWidgetDataRequest
from .remove_users_request import RemoveUsersRequest
from .role_assignment import RoleAssignment
from .role_changes import RoleChanges
from .table_query import TableQuery
from .table_query_operator import TableQueryOperator
from .table_row import TableRow
from .update_table_data_request import UpdateTableDataRequest
from .update_table_data_response import UpdateTableDataResponse
from .update_users_request import UpdateUsersRequest
from .user_details import UserDetails
from .user_group import UserGroup
from .user_info import UserInfo
from .user_info_result import UserInfoResult
from .user_roles import UserRoles
from .user_update import UserUpdate
from .users_response import UsersResponse
from .widget_data import WidgetData
from .widget_data_properties import WidgetDataProperties
from .widget_dimension import WidgetDimension
from .widget_query_response import WidgetQueryResponse
from .widget_query_response_meta_data import WidgetQueryResponseMetaData
from .widget_query_response_query_response_item import WidgetQueryResponseQueryResponseItem
from .widget_sql_query import WidgetSqlQuery

__all__ = (
    "AdminRole",
    "AuditLog",
    "AuditLogsResponse",
    "BotRole",
    "BotTaskAssignment",
    "ColumnMeta",
    "ColumnValues",
    "CreateUsersRequest",
    "CustomFilter",
    "DeleteTableDataRequest",
    "DeleteTableDataResponse",
    "Error",
    "ErrorItem",
    "FailedUserDetail",
    "FailureReason",
    "GroupChanges",
    "InsertTableDataRequest",
    "NewUser",
    "NewUserInfo",
    "QueryExpression",
    "QueryExpressionOperand",
    "QueryTableDataRequest",
    "QueryTableDataResponse",
    "QueryUsersInfoRequest",
    "QueryUsersInfoRequestStatus",
    "QueryWidgetDataRequest",
    "RemoveUsersRequest",
    "RoleAssignment",
    "RoleChanges",
    "TableQuery",
    "TableQueryOperator",
    "TableRow",
    "UpdateTableDataRequest",
    "UpdateTableDataResponse",
    "UpdateUsersRequest",
    "UserDetails",
    "UserGroup",
    "UserInfo",
    "UserInfoResult",
    "UserRoles",
    "UsersResponse",
    "UserUpdate",
    "WidgetData",
    "WidgetDataProperties",
    "WidgetDimension",
    "WidgetQueryResponse",
    "WidgetQueryResponseMetaData",
    "WidgetQueryResponseQueryResponseItem",
    "WidgetSqlQuery",
)
