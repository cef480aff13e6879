from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Request")


@_attrs_define
class Request:
    """One request BotBye evaluated for a project: what the server-side module sent (method, URI, headers, addresses),
    where it came from, and the outcome of the checks. Every member is optional; types are those of the public reference
    ([ERRATA: Optional fields](/specs/botbye/ERRATA.md#optional-fields)).

    """

    id: str | Unset = UNSET
    """ Unique identifier of the evaluated request. """
    token: str | Unset = UNSET
    """ The client-side BotBye token that came with the request. """
    customer_id: str | Unset = UNSET
    """ Identifier of the customer (account) the project belongs to. """
    project_id: str | Unset = UNSET
    """ Identifier of the project. """
    site_key: str | Unset = UNSET
    """ Site key of the project. """
    server_key: str | Unset = UNSET
    """ Server key the module validated with. """
    referer: str | Unset = UNSET
    """ Referer header of the request. """
    user_agent: str | Unset = UNSET
    """ User-Agent header of the request. """
    host: str | Unset = UNSET
    """ Host the request was made to. """
    request_method: str | Unset = UNSET
    """ HTTP method of the request. """
    request_uri: str | Unset = UNSET
    """ URI (path and query) of the request. """
    remote_addr: str | Unset = UNSET
    """ IP address the request came from, as the server saw it. """
    server_name: str | Unset = UNSET
    """ Name of the server that received the request. """
    remote_user: str | Unset = UNSET
    """ Authenticated remote user, if the server reported one. """
    server_port: int | Unset = UNSET
    """ Port of the server that received the request. """
    request_info: str | Unset = UNSET
    """ The request information the module sent, serialized. """
    failed_message: str | Unset = UNSET
    """ Why the request failed validation, if it did. """
    failed_checks: str | Unset = UNSET
    """ The checks the request failed, serialized. """
    custom_fields: list[Any] | Unset = UNSET
    """ Custom fields the module attached to link requests (shape not documented). """
    headers: str | Unset = UNSET
    """ Headers of the request, serialized. """
    created_at: str | Unset = UNSET
    """ When BotBye received the request ([ERRATA: Timestamps](/specs/botbye/ERRATA.md#timestamps)). """
    real_ip: str | Unset = UNSET
    """ Client IP address after proxy headers were taken into account. """
    country: str | Unset = UNSET
    """ Country of the client IP address, e.g. `DEU`. """
    asn: str | Unset = UNSET
    """ Autonomous system number of the client IP address. """
    is_protected: bool | Unset = UNSET
    """ Whether protection was enabled when the request was evaluated. """
    is_ban_by_rule: bool | Unset = UNSET
    """ Whether a custom rule blocked the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        token = self.token

        customer_id = self.customer_id

        project_id = self.project_id

        site_key = self.site_key

        server_key = self.server_key

        referer = self.referer

        user_agent = self.user_agent

        host = self.host

        request_method = self.request_method

        request_uri = self.request_uri

        remote_addr = self.remote_addr

        server_name = self.server_name

        remote_user = self.remote_user

        server_port = self.server_port

        request_info = self.request_info

        failed_message = self.failed_message

        failed_checks = self.failed_checks

        custom_fields: list[Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields

        headers = self.headers

        created_at = self.created_at

        real_ip = self.real_ip

        country = self.country

        asn = self.asn

        is_protected = self.is_protected

        is_ban_by_rule = self.is_ban_by_rule

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if site_key is not UNSET:
            field_dict["siteKey"] = site_key
        if server_key is not UNSET:
            field_dict["serverKey"] = server_key
        if referer is not UNSET:
            field_dict["referer"] = referer
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if host is not UNSET:
            field_dict["host"] = host
        if request_method is not UNSET:
            field_dict["requestMethod"] = request_method
        if request_uri is not UNSET:
            field_dict["requestUri"] = request_uri
        if remote_addr is not UNSET:
            field_dict["remoteAddr"] = remote_addr
        if server_name is not UNSET:
            field_dict["serverName"] = server_name
        if remote_user is not UNSET:
            field_dict["remoteUser"] = remote_user
        if server_port is not UNSET:
            field_dict["serverPort"] = server_port
        if request_info is not UNSET:
            field_dict["requestInfo"] = request_info
        if failed_message is not UNSET:
            field_dict["failedMessage"] = failed_message
        if failed_checks is not UNSET:
            field_dict["failedChecks"] = failed_checks
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if headers is not UNSET:
            field_dict["headers"] = headers
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if real_ip is not UNSET:
            field_dict["realIp"] = real_ip
        if country is not UNSET:
            field_dict["country"] = country
        if asn is not UNSET:
            field_dict["asn"] = asn
        if is_protected is not UNSET:
            field_dict["isProtected"] = is_protected
        if is_ban_by_rule is not UNSET:
            field_dict["isBanByRule"] = is_ban_by_rule

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        token = d.pop("token", UNSET)

        customer_id = d.pop("customerId", UNSET)

        project_id = d.pop("projectId", UNSET)

        site_key = d.pop("siteKey", UNSET)

        server_key = d.pop("serverKey", UNSET)

        referer = d.pop("referer", UNSET)

        user_agent = d.pop("userAgent", UNSET)

        host = d.pop("host", UNSET)

        request_method = d.pop("requestMethod", UNSET)

        request_uri = d.pop("requestUri", UNSET)

        remote_addr = d.pop("remoteAddr", UNSET)

        server_name = d.pop("serverName", UNSET)

        remote_user = d.pop("remoteUser", UNSET)

        server_port = d.pop("serverPort", UNSET)

        request_info = d.pop("requestInfo", UNSET)

        failed_message = d.pop("failedMessage", UNSET)

        failed_checks = d.pop("failedChecks", UNSET)

        custom_fields = cast(list[Any], d.pop("customFields", UNSET))

        headers = d.pop("headers", UNSET)

        created_at = d.pop("createdAt", UNSET)

        real_ip = d.pop("realIp", UNSET)

        country = d.pop("country", UNSET)

        asn = d.pop("asn", UNSET)

        is_protected = d.pop("isProtected", UNSET)

        is_ban_by_rule = d.pop("isBanByRule", UNSET)

        request = cls(
            id=id,
            token=token,
            customer_id=customer_id,
            project_id=project_id,
            site_key=site_key,
            server_key=server_key,
            referer=referer,
            user_agent=user_agent,
            host=host,
            request_method=request_method,
            request_uri=request_uri,
            remote_addr=remote_addr,
            server_name=server_name,
            remote_user=remote_user,
            server_port=server_port,
            request_info=request_info,
            failed_message=failed_message,
            failed_checks=failed_checks,
            custom_fields=custom_fields,
            headers=headers,
            created_at=created_at,
            real_ip=real_ip,
            country=country,
            asn=asn,
            is_protected=is_protected,
            is_ban_by_rule=is_ban_by_rule,
        )

        request.additional_properties = d
        return request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
