"""Contains all the data models used in inputs/outputs"""

from .audit_log import AuditLog
from .audit_logs_response import AuditLogsResponse
from .bot_task_assignment import BotTaskAssignment
from .column_meta import ColumnMeta
from .column_values import ColumnValues
from .create_users_body import CreateUsersBody
from .custom_filter import CustomFilter
from .delete_table_data_body import DeleteTableDataBody
from .delete_table_data_response_200 import DeleteTableDataResponse200
from .error import Error
from .error_item import ErrorItem
from .failed_user_detail import FailedUserDetail
from .failure_reason import FailureReason
from .insert_table_data_body import InsertTableDataBody
from .new_user import NewUser
from .new_user_user_info import NewUserUserInfo
from .query_expression import QueryExpression
from .query_expression_operand import QueryExpressionOperand
from .query_table_data_body import QueryTableDataBody
from .query_table_data_response import QueryTableDataResponse
from .query_users_info_body import QueryUsersInfoBody
from .query_users_info_body_status import QueryUsersInfoBodyStatus
from .query_widget_data_body import QueryWidgetDataBody
from .remove_users_body import RemoveUsersBody
from .role_assignment import RoleAssignment
from .table_query import TableQuery
from .table_query_operator import TableQueryOperator
from .table_row import TableRow
from .update_table_data_body import UpdateTableDataBody
from .update_table_data_response_200 import UpdateTableDataResponse200
from .update_users_body import UpdateUsersBody
from .user_details import UserDetails
from .user_details_groups_item import UserDetailsGroupsItem
from .user_details_roles import UserDetailsRoles
from .user_details_roles_admin_roles_item import UserDetailsRolesAdminRolesItem
from .user_details_roles_bt_roles_item import UserDetailsRolesBtRolesItem
from .user_details_user_info import UserDetailsUserInfo
from .user_info import UserInfo
from .user_update import UserUpdate
from .user_update_groups import UserUpdateGroups
from .user_update_roles import UserUpdateRoles
from .users_result import UsersResult
from .widget_data import WidgetData
from .widget_data_dimensions_item import WidgetDataDimensionsItem
from .widget_data_properties import WidgetDataProperties
from .widget_data_query_response import WidgetDataQueryResponse
from .widget_data_query_response_meta_data import WidgetDataQueryResponseMetaData
from .widget_data_sql_query import WidgetDataSqlQuery

__all__ = (
    "AuditLog",
    "AuditLogsResponse",
    "BotTaskAssignment",
    "ColumnMeta",
    "ColumnValues",
    "CreateUsersBody",
    "CustomFilter",
    "DeleteTableDataBody",
    "DeleteTableDataResponse200",
    "Error",
    "ErrorItem",
    "FailedUserDetail",
    "FailureReason",
    "InsertTableDataBody",
    "NewUser",
    "NewUserUserInfo",
    "QueryExpression",
    "QueryExpressionOperand",
    "QueryTableDataBody",
    "QueryTableDataResponse",
    "QueryUsersInfoBody",
    "QueryUsersInfoBodyStatus",
    "QueryWidgetDataBody",
    "RemoveUsersBody",
    "RoleAssignment",
    "TableQuery",
    "TableQueryOperator",
    "TableRow",
    "UpdateTableDataBody",
    "UpdateTableDataResponse200",
    "UpdateUsersBody",
    "UserDetails",
    "UserDetailsGroupsItem",
    "UserDetailsRoles",
    "UserDetailsRolesAdminRolesItem",
    "UserDetailsRolesBtRolesItem",
    "UserDetailsUserInfo",
    "UserInfo",
    "UsersResult",
    "UserUpdate",
    "UserUpdateGroups",
    "UserUpdateRoles",
    "WidgetData",
    "WidgetDataDimensionsItem",
    "WidgetDataProperties",
    "WidgetDataQueryResponse",
    "WidgetDataQueryResponseMetaData",
    "WidgetDataSqlQuery",
)
