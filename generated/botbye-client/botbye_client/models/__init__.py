"""Contains all the data models used in inputs/outputs"""

from .compromised_user import CompromisedUser
from .compromised_user_connection import CompromisedUserConnection
from .compromised_user_connection_compromised_user_edge import CompromisedUserConnectionCompromisedUserEdge
from .condition import Condition
from .cursor import Cursor
from .empty import Empty
from .error import Error
from .multi_account import MultiAccount
from .multi_account_connection import MultiAccountConnection
from .multi_account_connection_attributes import MultiAccountConnectionAttributes
from .multi_account_connection_multi_account_edge import MultiAccountConnectionMultiAccountEdge
from .order_by_term import OrderByTerm
from .order_by_term_direction import OrderByTermDirection
from .overview import Overview
from .page_info import PageInfo
from .phishing_info import PhishingInfo
from .project import Project
from .project_connection import ProjectConnection
from .project_connection_project_edge import ProjectConnectionProjectEdge
from .project_input import ProjectInput
from .project_rate_limits import ProjectRateLimits
from .project_rules import ProjectRules
from .rate_limiter import RateLimiter
from .rate_limiter_input import RateLimiterInput
from .rate_limiter_update import RateLimiterUpdate
from .request import Request
from .request_connection import RequestConnection
from .request_connection_request_edge import RequestConnectionRequestEdge
from .rule import Rule
from .rule_input import RuleInput
from .rule_update import RuleUpdate
from .where_branch import WhereBranch
from .where_branch_predicate import WhereBranchPredicate
from .where_leaf import WhereLeaf
from .where_predicate import WherePredicate

__all__ = (
    "CompromisedUser",
    "CompromisedUserConnection",
    "CompromisedUserConnectionCompromisedUserEdge",
    "Condition",
    "Cursor",
    "Empty",
    "Error",
    "MultiAccount",
    "MultiAccountConnection",
    "MultiAccountConnectionAttributes",
    "MultiAccountConnectionMultiAccountEdge",
    "OrderByTerm",
    "OrderByTermDirection",
    "Overview",
    "PageInfo",
    "PhishingInfo",
    "Project",
    "ProjectConnection",
    "ProjectConnectionProjectEdge",
    "ProjectInput",
    "ProjectRateLimits",
    "ProjectRules",
    "RateLimiter",
    "RateLimiterInput",
    "RateLimiterUpdate",
    "Request",
    "RequestConnection",
    "RequestConnectionRequestEdge",
    "Rule",
    "RuleInput",
    "RuleUpdate",
    "WhereBranch",
    "WhereBranchPredicate",
    "WhereLeaf",
    "WherePredicate",
)
