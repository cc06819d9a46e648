#!/usr/bin/env python3
"""A stand-in for GitHub's or GitLab's REST API on the loopback address,
for the posting step's tests: it answers the requests the posting script
makes (list comments and discussions, a page of two at a time with a
rel="next" Link; create a review, a thread, a note; update and resolve)
as the platform documents them, keeps what was posted, and records every
request.

  fake_review_api.py github|gitlab SCRIPT [--max-comments N] REVIEW.json...

Runs SCRIPT (the posting script) once per REVIEW.json against one server,
and prints after each run the requests it made, then what the pull or
merge request holds."""
import json
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

TOKEN = "secret-token"
PAGE = 2


class State:
    def __init__(self):
        self.next_id = 100
        self.log = []
        self.review_comments = []   # GitHub
        self.issue_comments = []
        self.reviews = []
        self.discussions = []       # GitLab

    def new_id(self):
        self.next_id += 1
        return self.next_id


class Handler(BaseHTTPRequestHandler):
    state = None
    platform = None

    def log_message(self, *args):
        pass

    def _body(self):
        n = int(self.headers.get("Content-Length") or 0)
        if not n:
            return None
        if self.headers.get("Content-Type") != "application/json":
            return "not-json"
        return json.loads(self.rfile.read(n))

    def _answer(self, code, doc, link=None):
        data = json.dumps(doc).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if link:
            self.send_header("Link", link)
        self.end_headers()
        self.wfile.write(data)

    def _page(self, items):
        url = urlparse(self.path)
        page = int(parse_qs(url.query).get("page", ["1"])[0])
        chunk = items[(page - 1) * PAGE:page * PAGE]
        link = None
        if page * PAGE < len(items):
            link = '<http://%s:%d%s?per_page=100&page=%d>; rel="next"' % (
                self.server.server_address + (url.path, page + 1))
        self._answer(200, chunk, link)

    def _authorized(self):
        if self.platform == "github":
            return self.headers.get("Authorization") == "Bearer " + TOKEN
        return self.headers.get("PRIVATE-TOKEN") == TOKEN

    def _handle(self, method):
        body = self._body() if method != "GET" else None
        path = urlparse(self.path).path
        self.state.log.append((method, path, body))
        if not self._authorized():
            return self._answer(401, {"message": "Bad credentials"})
        if body == "not-json":
            return self._answer(415, {"message": "expected JSON"})
        route = github_route if self.platform == "github" else gitlab_route
        answer = route(self.state, method, path, body)
        if answer is None:
            return self._answer(404, {"message": "Not Found"})
        if isinstance(answer, tuple) and answer[0] == "page":
            return self._page(answer[1])
        code, doc = answer
        self._answer(code, doc)

    def do_GET(self):
        self._handle("GET")

    def do_POST(self):
        self._handle("POST")

    def do_PATCH(self):
        self._handle("PATCH")

    def do_PUT(self):
        self._handle("PUT")


def _find(items, ident):
    for item in items:
        if str(item["id"]) == str(ident):
            return item
    return None


GITHUB_REVIEW_COMMENT = {"path", "line", "side", "start_line", "start_side",
                         "body"}


def github_route(s, method, path, body):
    m = re.fullmatch(r"/repos/o/r/(pulls|issues)/7/(comments|reviews)", path)
    if m and method == "GET":
        return ("page", s.review_comments if m.group(1) == "pulls"
                else s.issue_comments)
    if path == "/repos/o/r/pulls/7/reviews" and method == "POST":
        if body.get("event") != "COMMENT" or not body.get("body") or \
                not body.get("commit_id"):
            return 422, {"message": "event, body and commit_id expected"}
        for c in body.get("comments", []):
            if not set(c) <= GITHUB_REVIEW_COMMENT or c.get("side") != \
                    "RIGHT" or not isinstance(c.get("line"), int):
                return 422, {"message": "bad comment %r" % c}
        review = {"id": s.new_id(), "body": body["body"]}
        s.reviews.append(review)
        for c in body.get("comments", []):
            s.review_comments.append(dict(c, id=s.new_id(),
                                          pull_request_review_id=review["id"]))
        return 200, review
    if path == "/repos/o/r/issues/7/comments" and method == "POST":
        c = {"id": s.new_id(), "body": body["body"]}
        s.issue_comments.append(c)
        return 201, c
    m = re.fullmatch(r"/repos/o/r/(pulls|issues)/comments/(\d+)", path)
    if m and method == "PATCH":
        items = s.review_comments if m.group(1) == "pulls" \
            else s.issue_comments
        c = _find(items, m.group(2))
        if c is None:
            return None
        c["body"] = body["body"]
        return 200, c
    return None


GITLAB_POSITION = {"position_type", "base_sha", "start_sha", "head_sha",
                   "old_path", "new_path", "new_line"}
MR = "/projects/group%2Fproject/merge_requests/7"


def gitlab_route(s, method, path, body):
    if not path.startswith(MR):
        return None
    rest = path[len(MR):]
    if rest == "" and method == "GET":
        return 200, {"iid": 7, "diff_refs": {
            "base_sha": "b" * 40, "start_sha": "s" * 40, "head_sha": "h" * 40}}
    if rest == "/discussions" and method == "GET":
        return ("page", s.discussions)
    if rest == "/discussions" and method == "POST":
        pos = body.get("position") or {}
        if set(pos) != GITLAB_POSITION or pos["position_type"] != "text":
            return 400, {"message": "bad position %r" % pos}
        note = {"id": s.new_id(), "body": body["body"], "position": pos,
                "resolvable": True, "resolved": False}
        d = {"id": "d%d" % s.new_id(), "individual_note": False,
             "notes": [note]}
        s.discussions.append(d)
        return 201, d
    if rest == "/notes" and method == "POST":
        note = {"id": s.new_id(), "body": body["body"], "resolvable": False}
        s.discussions.append({"id": "d%d" % s.new_id(),
                              "individual_note": True, "notes": [note]})
        return 201, note
    m = re.fullmatch(r"/notes/(\d+)", rest)
    if m and method == "PUT":
        for d in s.discussions:
            note = _find(d["notes"], m.group(1))
            if note:
                note["body"] = body["body"]
                return 200, note
        return None
    m = re.fullmatch(r"/discussions/(d\d+)(/notes/(\d+))?", rest)
    if m and method == "PUT":
        d = _find(s.discussions, m.group(1))
        if d is None:
            return None
        if m.group(3):
            note = _find(d["notes"], m.group(3))
            if note is None:
                return None
            note["body"] = body["body"]
            return 200, note
        for note in d["notes"]:
            note["resolved"] = bool(body["resolved"])
        return 200, d
    return None


def _short(body):
    if not isinstance(body, dict):
        return ""
    out = []
    for k in sorted(body):
        v = body[k]
        if k in ("comments",):
            out.append("%s=%d" % (k, len(v)))
        elif k == "position":
            out.append("position=%s:%s@%s" % (v.get("new_path"),
                                              v.get("new_line"),
                                              (v.get("head_sha") or "")[:4]))
        elif k == "body":
            out.append("body=%r" % v.split("\n", 1)[0][:70])
        elif k == "resolved":
            out.append("resolved=%s" % v)
    return " ".join(out)


def _mark(body):
    m = re.search(r"<!-- (torch-tidy-review:[^>]*) -->", body or "")
    return m.group(1) if m else "no marker"


def show(s, platform):
    if platform == "github":
        for c in s.review_comments:
            print("comment %d %s:%d %s | %s" % (
                c["id"], c["path"], c["line"], _mark(c["body"]),
                c["body"].split("\n", 1)[0][:70]))
        for c in s.issue_comments:
            print("issue comment %d %s | %s" % (
                c["id"], _mark(c["body"]), c["body"].split("\n", 1)[0][:90]))
        return
    for d in s.discussions:
        n = d["notes"][0]
        where = "%s:%s" % (n["position"]["new_path"], n["position"][
            "new_line"]) if "position" in n else "note"
        print("discussion %s %s resolved=%s %s | %s" % (
            d["id"], where, n.get("resolved"), _mark(n["body"]),
            n["body"].split("\n", 1)[0][:70]))


def main():
    platform, script = sys.argv[1:3]
    rest = sys.argv[3:]
    extra = []
    if rest[:1] == ["--max-comments"]:
        extra, rest = rest[:2], rest[2:]
    state = State()
    Handler.state, Handler.platform = state, platform
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:%d" % server.server_address[1]
    if platform == "github":
        env = {"GITHUB_TOKEN": TOKEN, "GITHUB_REPOSITORY": "o/r"}
        args = ["--api-url", url, "--pr", "7"]
    else:
        env = {"GITLAB_TOKEN": TOKEN, "CI_PROJECT_ID": "group/project",
               "CI_MERGE_REQUEST_IID": "7", "CI_API_V4_URL": url}
        args = []
    env["PATH"] = "/usr/bin:/bin"
    status = 0
    for n, review in enumerate(rest, 1):
        start = len(state.log)
        p = subprocess.run([sys.executable, script, platform, review,
                            *args, *extra], env=env, stderr=subprocess.PIPE,
                           text=True)
        print("== run %d: exit %d" % (n, p.returncode))
        for line in p.stderr.splitlines():
            print("stderr: " + line.replace(url, "URL"))
        for method, path, body in state.log[start:]:
            print("%s %s %s" % (method, path, _short(body)))
        status = status or p.returncode
    print("== state")
    show(state, platform)
    server.shutdown()
    return status


if __name__ == "__main__":
    sys.exit(main())
