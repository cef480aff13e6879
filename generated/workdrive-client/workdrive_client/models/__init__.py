"""Contains all the data models used in inputs/outputs"""

from .access_token import AccessToken
from .access_token_input import AccessTokenInput
from .api_error import ApiError
from .category import Category
from .category_list import CategoryList
from .course import Course
from .course_form import CourseForm
from .course_form_schema import CourseFormSchema
from .course_form_schema_data import CourseFormSchemaData
from .course_form_schema_data_components_item import CourseFormSchemaDataComponentsItem
from .course_form_type import CourseFormType
from .course_list import CourseList
from .department import Department
from .department_head_update import DepartmentHeadUpdate
from .department_input import DepartmentInput
from .department_list import DepartmentList
from .department_list_item import DepartmentListItem
from .department_member_input import DepartmentMemberInput
from .department_members_update import DepartmentMembersUpdate
from .department_update import DepartmentUpdate
from .department_with_members import DepartmentWithMembers
from .document import Document
from .document_input import DocumentInput
from .document_kb_update import DocumentKbUpdate
from .document_link_preview import DocumentLinkPreview
from .document_list import DocumentList
from .document_metadata import DocumentMetadata
from .document_update import DocumentUpdate
from .empty import Empty
from .enforcement_template import EnforcementTemplate
from .enforcement_template_list import EnforcementTemplateList
from .enforcement_template_reminder import EnforcementTemplateReminder
from .enforcement_template_reminder_reminder_time_unit import EnforcementTemplateReminderReminderTimeUnit
from .enforcement_template_reminder_reminder_type import EnforcementTemplateReminderReminderType
from .event import Event
from .event_category import EventCategory
from .event_external_link import EventExternalLink
from .event_input import EventInput
from .event_list import EventList
from .event_livestream import EventLivestream
from .event_livestream_conversation_id import EventLivestreamConversationId
from .event_livestream_event_for_invites_id import EventLivestreamEventForInvitesId
from .event_livestream_message_id import EventLivestreamMessageId
from .event_livestream_participant import EventLivestreamParticipant
from .event_livestream_participant_left_at import EventLivestreamParticipantLeftAt
from .event_livestream_title import EventLivestreamTitle
from .event_livestream_token import EventLivestreamToken
from .event_poster import EventPoster
from .event_repeat import EventRepeat
from .event_repeat_config import EventRepeatConfig
from .event_repeat_config_details import EventRepeatConfigDetails
from .event_repeat_config_details_config import EventRepeatConfigDetailsConfig
from .event_repeat_config_details_extras import EventRepeatConfigDetailsExtras
from .event_repeat_end import EventRepeatEnd
from .event_repeat_end_rule import EventRepeatEndRule
from .event_repeat_end_rule_type import EventRepeatEndRuleType
from .event_repeat_id import EventRepeatId
from .event_repeat_monthly import EventRepeatMonthly
from .event_repeat_rule import EventRepeatRule
from .event_repeat_rule_type import EventRepeatRuleType
from .event_repeat_seconds import EventRepeatSeconds
from .event_rsvp_user import EventRsvpUser
from .event_type import EventType
from .faq import Faq
from .faq_input import FaqInput
from .faq_kb_input import FaqKbInput
from .faq_kb_update import FaqKbUpdate
from .faq_list import FaqList
from .faq_question_input import FaqQuestionInput
from .faq_question_update import FaqQuestionUpdate
from .faq_update import FaqUpdate
from .file import File
from .file_metadata import FileMetadata
from .file_processing import FileProcessing
from .get_media_upload_signed_request_mime import GetMediaUploadSignedRequestMime
from .group_chat import GroupChat
from .group_chat_call import GroupChatCall
from .group_chat_call_participant import GroupChatCallParticipant
from .group_chat_input import GroupChatInput
from .group_chat_last_query_msg import GroupChatLastQueryMsg
from .group_chat_list import GroupChatList
from .group_chat_member_input import GroupChatMemberInput
from .group_chat_meta import GroupChatMeta
from .group_chat_type import GroupChatType
from .group_chat_update import GroupChatUpdate
from .list_courses_sort_direction import ListCoursesSortDirection
from .list_enforcement_templates_sort_direction import ListEnforcementTemplatesSortDirection
from .list_events_filter import ListEventsFilter
from .list_news_sort_key import ListNewsSortKey
from .list_photos_filter import ListPhotosFilter
from .list_posts_sort_key import ListPostsSortKey
from .list_tasks_filter import ListTasksFilter
from .list_tasks_sort_direction import ListTasksSortDirection
from .location import Location
from .location_input import LocationInput
from .location_list import LocationList
from .location_members_update import LocationMembersUpdate
from .location_with_members import LocationWithMembers
from .media_upload import MediaUpload
from .media_upload_fields import MediaUploadFields
from .media_upload_signed_request import MediaUploadSignedRequest
from .meeting import Meeting
from .meeting_category import MeetingCategory
from .meeting_external_link_item import MeetingExternalLinkItem
from .meeting_input import MeetingInput
from .meeting_invitee import MeetingInvitee
from .meeting_poster import MeetingPoster
from .meeting_repeat_config import MeetingRepeatConfig
from .meeting_repeat_config_config import MeetingRepeatConfigConfig
from .meeting_repeat_config_config_config import MeetingRepeatConfigConfigConfig
from .meeting_repeat_config_config_extras import MeetingRepeatConfigConfigExtras
from .meeting_type import MeetingType
from .message import Message
from .message_call import MessageCall
from .message_chat import MessageChat
from .message_chat_file import MessageChatFile
from .message_files import MessageFiles
from .message_input import MessageInput
from .message_knowledge_match import MessageKnowledgeMatch
from .message_last_query_msg import MessageLastQueryMsg
from .message_link_previews import MessageLinkPreviews
from .message_reactions_item import MessageReactionsItem
from .message_ticket import MessageTicket
from .message_ticket_category import MessageTicketCategory
from .message_ticket_category_email import MessageTicketCategoryEmail
from .message_video import MessageVideo
from .message_video_meta import MessageVideoMeta
from .meta import Meta
from .module_code_entry import ModuleCodeEntry
from .news import News
from .news_input import NewsInput
from .news_list import NewsList
from .notification_input import NotificationInput
from .notification_input_medium import NotificationInputMedium
from .organization import Organization
from .organization_address import OrganizationAddress
from .organization_admin import OrganizationAdmin
from .organization_auth import OrganizationAuth
from .organization_auth_method import OrganizationAuthMethod
from .organization_input import OrganizationInput
from .organization_update import OrganizationUpdate
from .permissions import Permissions
from .photo_input import PhotoInput
from .photo_list import PhotoList
from .photo_model import Photo
from .photo_photo import PhotoPhoto
from .photo_update import PhotoUpdate
from .post import Post
from .post_input import PostInput
from .post_link_preview import PostLinkPreview
from .post_list import PostList
from .post_reaction import PostReaction
from .post_update import PostUpdate
from .post_update_status import PostUpdateStatus
from .security_group import SecurityGroup
from .security_group_list import SecurityGroupList
from .security_group_members_input import SecurityGroupMembersInput
from .sso import Sso
from .sso_input import SsoInput
from .sso_type import SsoType
from .task import Task
from .task_assignees_update import TaskAssigneesUpdate
from .task_input import TaskInput
from .task_list import TaskList
from .task_status import TaskStatus
from .task_training_course import TaskTrainingCourse
from .task_type import TaskType
from .task_update import TaskUpdate
from .text_location import TextLocation
from .text_location_coordinates import TextLocationCoordinates
from .user import User
from .user_badge import UserBadge
from .user_bulk_create_input import UserBulkCreateInput
from .user_bulk_create_item import UserBulkCreateItem
from .user_bulk_delete_input import UserBulkDeleteInput
from .user_cover import UserCover
from .user_input import UserInput
from .user_input_default_visibility import UserInputDefaultVisibility
from .user_list import UserList
from .user_location import UserLocation
from .user_picture import UserPicture
from .user_status import UserStatus
from .user_summary import UserSummary
from .user_summary_cover import UserSummaryCover
from .user_summary_department import UserSummaryDepartment
from .user_summary_department_data import UserSummaryDepartmentData
from .user_summary_designation import UserSummaryDesignation
from .user_summary_location_id import UserSummaryLocationId
from .user_summary_picture import UserSummaryPicture
from .user_supervisor_list import UserSupervisorList
from .user_update import UserUpdate
from .user_update_availability import UserUpdateAvailability
from .video import Video
from .video_input import VideoInput
from .video_list import VideoList
from .video_meta import VideoMeta
from .video_source import VideoSource
from .video_update import VideoUpdate

__all__ = (
    "AccessToken",
    "AccessTokenInput",
    "ApiError",
    "Category",
    "CategoryList",
    "Course",
    "CourseForm",
    "CourseFormSchema",
    "CourseFormSchemaData",
    "CourseFormSchemaDataComponentsItem",
    "CourseFormType",
    "CourseList",
    "Department",
    "DepartmentHeadUpdate",
    "DepartmentInput",
    "DepartmentList",
    "DepartmentListItem",
    "DepartmentMemberInput",
    "DepartmentMembersUpdate",
    "DepartmentUpdate",
    "DepartmentWithMembers",
    "Document",
    "DocumentInput",
    "DocumentKbUpdate",
    "DocumentLinkPreview",
    "DocumentList",
    "DocumentMetadata",
    "DocumentUpdate",
    "Empty",
    "EnforcementTemplate",
    "EnforcementTemplateList",
    "EnforcementTemplateReminder",
    "EnforcementTemplateReminderReminderTimeUnit",
    "EnforcementTemplateReminderReminderType",
    "Event",
    "EventCategory",
    "EventExternalLink",
    "EventInput",
    "EventList",
    "EventLivestream",
    "EventLivestreamConversationId",
    "EventLivestreamEventForInvitesId",
    "EventLivestreamMessageId",
    "EventLivestreamParticipant",
    "EventLivestreamParticipantLeftAt",
    "EventLivestreamTitle",
    "EventLivestreamToken",
    "EventPoster",
    "EventRepeat",
    "EventRepeatConfig",
    "EventRepeatConfigDetails",
    "EventRepeatConfigDetailsConfig",
    "EventRepeatConfigDetailsExtras",
    "EventRepeatEnd",
    "EventRepeatEndRule",
    "EventRepeatEndRuleType",
    "EventRepeatId",
    "EventRepeatMonthly",
    "EventRepeatRule",
    "EventRepeatRuleType",
    "EventRepeatSeconds",
    "EventRsvpUser",
    "EventType",
    "Faq",
    "FaqInput",
    "FaqKbInput",
    "FaqKbUpdate",
    "FaqList",
    "FaqQuestionInput",
    "FaqQuestionUpdate",
    "FaqUpdate",
    "File",
    "FileMetadata",
    "FileProcessing",
    "GetMediaUploadSignedRequestMime",
    "GroupChat",
    "GroupChatCall",
    "GroupChatCallParticipant",
    "GroupChatInput",
    "GroupChatLastQueryMsg",
    "GroupChatList",
    "GroupChatMemberInput",
    "GroupChatMeta",
    "GroupChatType",
    "GroupChatUpdate",
    "ListCoursesSortDirection",
    "ListEnforcementTemplatesSortDirection",
    "ListEventsFilter",
    "ListNewsSortKey",
    "ListPhotosFilter",
    "ListPostsSortKey",
    "ListTasksFilter",
    "ListTasksSortDirection",
    "Location",
    "LocationInput",
    "LocationList",
    "LocationMembersUpdate",
    "LocationWithMembers",
    "MediaUpload",
    "MediaUploadFields",
    "MediaUploadSignedRequest",
    "Meeting",
    "MeetingCategory",
    "MeetingExternalLinkItem",
    "MeetingInput",
    "MeetingInvitee",
    "MeetingPoster",
    "MeetingRepeatConfig",
    "MeetingRepeatConfigConfig",
    "MeetingRepeatConfigConfigConfig",
    "MeetingRepeatConfigConfigExtras",
    "MeetingType",
    "Message",
    "MessageCall",
    "MessageChat",
    "MessageChatFile",
    "MessageFiles",
    "MessageInput",
    "MessageKnowledgeMatch",
    "MessageLastQueryMsg",
    "MessageLinkPreviews",
    "MessageReactionsItem",
    "MessageTicket",
    "MessageTicketCategory",
    "MessageTicketCategoryEmail",
    "MessageVideo",
    "MessageVideoMeta",
    "Meta",
    "ModuleCodeEntry",
    "News",
    "NewsInput",
    "NewsList",
    "NotificationInput",
    "NotificationInputMedium",
    "Organization",
    "OrganizationAddress",
    "OrganizationAdmin",
    "OrganizationAuth",
    "OrganizationAuthMethod",
    "OrganizationInput",
    "OrganizationUpdate",
    "Permissions",
    "Photo",
    "PhotoInput",
    "PhotoList",
    "PhotoPhoto",
    "PhotoUpdate",
    "Post",
    "PostInput",
    "PostLinkPreview",
    "PostList",
    "PostReaction",
    "PostUpdate",
    "PostUpdateStatus",
    "SecurityGroup",
    "SecurityGroupList",
    "SecurityGroupMembersInput",
    "Sso",
    "SsoInput",
    "SsoType",
    "Task",
    "TaskAssigneesUpdate",
    "TaskInput",
    "TaskList",
    "TaskStatus",
    "TaskTrainingCourse",
    "TaskType",
    "TaskUpdate",
    "TextLocation",
    "TextLocationCoordinates",
    "User",
    "UserBadge",
    "UserBulkCreateInput",
    "UserBulkCreateItem",
    "UserBulkDeleteInput",
    "UserCover",
    "UserInput",
    "UserInputDefaultVisibility",
    "UserList",
    "UserLocation",
    "UserPicture",
    "UserStatus",
    "UserSummary",
    "UserSummaryCover",
    "UserSummaryDepartment",
    "UserSummaryDepartmentData",
    "UserSummaryDesignation",
    "UserSummaryLocationId",
    "UserSummaryPicture",
    "UserSupervisorList",
    "UserUpdate",
    "UserUpdateAvailability",
    "Video",
    "VideoInput",
    "VideoList",
    "VideoMeta",
    "VideoSource",
    "VideoUpdate",
)
