"""Drives `docket serve`'s /open311/v2 with civicbot's GeoReport v2 client (scripts/open311-client-test.sh).

    python open311_client_check.py file BASE_URL API_KEY      files a request, reads it back open; prints its id
    python open311_client_check.py closed BASE_URL API_KEY ID RESOLUTION
                                                             reads it back closed, the resolution as its notes

Every check is exact; the first that fails ends the run with status 1 and says what it saw.
"""
import sys

from civicbot import Endpoint, HttpError, HttpTransport, Open311Client
from civicbot.http import RateLimiter


class KeyedTransport(HttpTransport):
    """civicbot's transport, sending the token as api_key on reads too.

    civicbot sends api_key with POST requests only (the spec needs it there); docket asks for it
    on every call, so reads add it here, through the transport the client takes for this purpose.
    """

    def __init__(self, api_key):
        super().__init__(rate_limiter=RateLimiter(min_interval=0.0))
        self.api_key = api_key

    def get_bytes(self, url, params=None, headers=None):
        return super().get_bytes(url, {**(params or {}), "api_key": self.api_key}, headers)


def check(what, seen, expected):
    if seen != expected:
        print(f"open311 client: {what}: expected {expected!r}, saw {seen!r}", file=sys.stderr)
        sys.exit(1)
    print(f"ok - {what}", file=sys.stderr)


def client(base, key):
    endpoint = Endpoint(id="docket", name="docket", base_url=base, write=True)
    return Open311Client(endpoint, transport=KeyedTransport(key))


def file(base, key):
    open311 = client(base, key)
    services = open311.list_services()
    check("services", [(s["service_code"], s["service_name"], s["type"]) for s in services],
          [("tthc", "Thủ tục hành chính", "realtime"), ("vien-thong", "Viễn thông", "realtime")])
    check("service definition", open311.get_service_definition("vien-thong"), {"service_code": "vien-thong", "attributes": []})
    sent = open311.create_request(
        "vien-thong", dry_run=False, confirm="SEND", api_key=key, validate_remote=True,
        address_string="Phuong Ninh Kieu, Can Tho", lat=10.0341, lng=105.7876,
        description="Cột ăng-ten trên đường 30/4 bị nghiêng. Đề nghị kiểm tra gấp.")
    check("POST requests answer", sent.response, [{
        "service_request_id": "1", "service_notice": "Filed as problem #1 of Phường Ninh Kiều, Thành phố Cần Thơ.",
        "account_id": None}])
    request = open311.get_request("1")
    check("the request read back", {k: request[k] for k in (
        "service_request_id", "status", "status_notes", "service_code", "service_name", "description", "address", "lat", "long",
        "agency_responsible", "expected_datetime")}, {
        "service_request_id": "1", "status": "open", "status_notes": None, "service_code": "vien-thong",
        "service_name": "Viễn thông", "description": "Cột ăng-ten trên đường 30/4 bị nghiêng. Đề nghị kiểm tra gấp.",
        "address": "Phường Ninh Kiều, Thành phố Cần Thơ", "lat": "10.0341", "long": "105.7876",
        "agency_responsible": None, "expected_datetime": None})
    check("open requests", [r["service_request_id"] for r in open311.list_requests(status="open")], ["1"])
    check("closed requests", open311.list_requests(status="closed"), [])
    try:
        Open311Client(Endpoint(id="docket", name="docket", base_url=base), transport=KeyedTransport("not-a-token")).list_services()
        check("an unknown api_key", "answered", "refused")
    except HttpError as error:
        check("an unknown api_key's status", error.status, 403)
    print(request["service_request_id"])


def closed(base, key, id, resolution):
    open311 = client(base, key)
    request = open311.get_request(id)
    check("the resolved request", {k: request[k] for k in ("service_request_id", "status", "status_notes", "agency_responsible")},
          {"service_request_id": id, "status": "closed", "status_notes": resolution, "agency_responsible": "Cục Viễn thông"})
    check("closed requests", [r["service_request_id"] for r in open311.list_requests(status="closed")], [id])
    check("open requests", open311.list_requests(status="open"), [])


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "file":
        file(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 6 and sys.argv[1] == "closed":
        closed(*sys.argv[2:])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
