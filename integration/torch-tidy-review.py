#!/usr/bin/env python3
"""Posts a review of run-torch-tidy's review mode to a pull request
(GitHub) or a merge request (GitLab), through the platform's REST API.

    run-torch-tidy -p build --changed-since origin/main --review=github > review.json
    torch-tidy-review.py github review.json
    torch-tidy-review.py gitlab review.json

Idempotent: every comment carries a hidden marker naming its finding, so a
run on a new push updates its earlier comments (the same finding) instead
of repeating them, marks those whose finding is gone as fixed (GitLab also
resolves their threads), creates at most --max-comments new comments, and
keeps one summary comment up to date, where the new findings that get no
comment of their own are listed.

GitHub (in a workflow on pull_request): GITHUB_TOKEN (with
pull-requests: write), GITHUB_REPOSITORY and the pull request's number from
GITHUB_EVENT_PATH, the API at GITHUB_API_URL (default
https://api.github.com). GitLab (in a merge-request pipeline):
GITLAB_TOKEN (a project or personal access token with the api scope;
CI_JOB_TOKEN cannot write notes), CI_PROJECT_ID, CI_MERGE_REQUEST_IID and
CI_API_V4_URL. Options override each.

Exit status: 0 posted, 1 the API refused a request, 2 bad input."""
import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

VERSION = 1
MARKER = re.compile(r"<!-- torch-tidy-review:(\d+) (key=([0-9a-f]+)|summary)"
                    r"( fixed)? -->")


class Failure(Exception):
    pass


class Api:
    """JSON over HTTP with a token; follows rel="next" pages on GETs."""

    def __init__(self, base, headers):
        self.base = base.rstrip("/")
        self.headers = dict(headers, **{"Accept": "application/json",
                                        "User-Agent": "torch-tidy-review"})
        self.requests = 0

    def call(self, method, path, body=None):
        url = path if path.startswith("http") else self.base + path
        data = None
        headers = dict(self.headers)
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(url, data=data, method=method,
                                     headers=headers)
        self.requests += 1
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                text = resp.read().decode("utf-8")
                link = resp.headers.get("Link", "")
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            raise Failure("%s %s: HTTP %d: %s" % (method, url, e.code,
                                                  detail))
        except (urllib.error.URLError, OSError) as e:
            raise Failure("%s %s: %s" % (method, url, e))
        try:
            return (json.loads(text) if text.strip() else None), link
        except ValueError:
            raise Failure("%s %s: the answer is not JSON" % (method, url))

    def get_all(self, path):
        sep = "&" if "?" in path else "?"
        url, items = path + sep + "per_page=100", []
        while url:
            page, link = self.call("GET", url)
            if not isinstance(page, list):
                raise Failure("GET %s: expected a list" % url)
            items.extend(page)
            m = re.search(r'<([^>]+)>;\s*rel="next"', link or "")
            url = m.group(1) if m else None
        return items

    def send(self, method, path, body):
        return self.call(method, path, body)[0]


def marker_of(body):
    """('summary' or the finding's key, fixed?) of a body of ours, or
    None."""
    m = MARKER.search(body or "")
    if not m:
        return None
    return (m.group(3) or "summary"), bool(m.group(4))


def fixed_body(body, head):
    """An earlier comment whose finding is gone: its first line struck
    through, a note that it is fixed, its marker kept."""
    first = (body or "").split("\n", 1)[0]
    key = marker_of(body)[0]
    return ("~~%s~~\n\nNo longer found at %s.\n\n<!-- torch-tidy-review:%d "
            "key=%s fixed -->" % (first, head[:12], VERSION, key))


def summary_text(summary, overflow, limit):
    """The payload's summary, with the findings over the limit listed."""
    text, _, mark = summary.rpartition("\n\n<!--")
    if not overflow:
        return summary
    lines = [text, "", "%d more new finding%s (over the limit of %d "
             "comments per run):" % (len(overflow),
                                     "" if len(overflow) == 1 else "s",
                                     limit)]
    for path, line, body in overflow:
        lines.append("- %s:%d: %s" % (path, line, body.split("\n", 1)[0]))
    return "\n".join(lines) + "\n\n<!--" + mark


def has_news(summary):
    """Whether a summary says more than that nothing is new (no summary
    comment is created to say only that)."""
    return not summary.startswith("torch-tidy found no new finding")


class Outcome:
    def __init__(self):
        self.created = self.updated = self.fixed = self.unchanged = 0
        self.summary = "unchanged"

    def line(self, where):
        return ("torch-tidy-review: %s: %d comment(s) created, %d updated, "
                "%d marked fixed, %d unchanged; summary %s"
                % (where, self.created, self.updated, self.fixed,
                   self.unchanged, self.summary))


def _keyed(items, body_of):
    out = {}
    for item in items:
        m = marker_of(body_of(item))
        if m and m[0] != "summary":
            out.setdefault(m[0], item)
    return out


def post_github(api, repo, number, payload, limit):
    """A review with the new comments; earlier comments updated or marked
    fixed; the summary as one issue comment."""
    pulls = "/repos/%s/pulls/%d" % (repo, number)
    issues = "/repos/%s/issues/%d" % (repo, number)
    head = payload["commit_id"]
    ours = _keyed(api.get_all(pulls + "/comments"), lambda c: c.get("body"))
    out, wanted, create, overflow = Outcome(), set(), [], []
    for c in payload["comments"]:
        key = marker_of(c["body"])[0]
        wanted.add(key)
        old = ours.get(key)
        if old is None:
            if len(create) < limit:
                create.append(c)
            else:
                overflow.append((c["path"], c["line"], c["body"]))
        elif old.get("body") != c["body"]:
            api.send("PATCH", "/repos/%s/pulls/comments/%d" % (repo, old["id"]),
                     {"body": c["body"]})
            out.updated += 1
        else:
            out.unchanged += 1
    for key, old in sorted(ours.items()):
        if key not in wanted and not marker_of(old["body"])[1]:
            api.send("PATCH", "/repos/%s/pulls/comments/%d" % (repo, old["id"]),
                     {"body": fixed_body(old["body"], head)})
            out.fixed += 1
    if create:
        api.send("POST", pulls + "/reviews", {
            "commit_id": head, "event": "COMMENT",
            "body": "torch-tidy: %d new finding%s on %s." % (
                len(create), "" if len(create) == 1 else "s", head[:12]),
            "comments": create})
        out.created = len(create)
    text = summary_text(payload["body"], overflow, limit)
    summaries = [c for c in api.get_all(issues + "/comments")
                 if (marker_of(c.get("body")) or ("",))[0] == "summary"]
    if summaries:
        if summaries[0]["body"] != text:
            api.send("PATCH", "/repos/%s/issues/comments/%d"
                     % (repo, summaries[0]["id"]), {"body": text})
            out.summary = "updated"
    elif has_news(text):
        api.send("POST", issues + "/comments", {"body": text})
        out.summary = "created"
    return out


def post_gitlab(api, project, iid, payload, limit):
    """A thread per new finding at the merge request's current diff;
    earlier threads updated, or marked fixed and resolved; the summary as
    one note."""
    mr = "/projects/%s/merge_requests/%d" % (urllib.parse.quote(
        str(project), safe=""), iid)
    info = api.send("GET", mr, None)
    refs = (info or {}).get("diff_refs") or {}
    discussions = api.get_all(mr + "/discussions")

    def first(d):
        notes = d.get("notes") or [{}]
        return notes[0]

    ours = _keyed(discussions, lambda d: first(d).get("body"))
    out, wanted, overflow, created = Outcome(), set(), [], 0
    for d in payload["discussions"]:
        key = marker_of(d["body"])[0]
        wanted.add(key)
        old = ours.get(key)
        if old is None:
            if created >= limit:
                overflow.append((d["position"]["new_path"],
                                 d["position"]["new_line"], d["body"]))
                continue
            position = dict(d["position"])
            for k in ("base_sha", "start_sha", "head_sha"):
                position[k] = refs.get(k) or position[k]
            api.send("POST", mr + "/discussions", {"body": d["body"],
                                                   "position": position})
            created += 1
            continue
        note = first(old)
        if note.get("body") != d["body"]:
            api.send("PUT", "%s/discussions/%s/notes/%d" % (mr, old["id"],
                                                           note["id"]),
                     {"body": d["body"]})
            out.updated += 1
        else:
            out.unchanged += 1
        if note.get("resolved"):
            api.send("PUT", "%s/discussions/%s" % (mr, old["id"]),
                     {"resolved": False})
    out.created = created
    head = refs.get("head_sha") or (payload["discussions"][0]["position"]
                                    ["head_sha"] if payload["discussions"]
                                    else "")
    for key, old in sorted(ours.items()):
        note = first(old)
        if key in wanted or marker_of(note.get("body"))[1]:
            continue
        api.send("PUT", "%s/discussions/%s/notes/%d" % (mr, old["id"],
                                                       note["id"]),
                 {"body": fixed_body(note["body"], head or "the head")})
        api.send("PUT", "%s/discussions/%s" % (mr, old["id"]),
                 {"resolved": True})
        out.fixed += 1
    text = summary_text(payload["note"]["body"], overflow, limit)
    summary = [first(d) for d in discussions
               if (marker_of(first(d).get("body")) or ("",))[0] == "summary"]
    if summary:
        if summary[0]["body"] != text:
            api.send("PUT", "%s/notes/%d" % (mr, summary[0]["id"]),
                     {"body": text})
            out.summary = "updated"
    elif has_news(text):
        api.send("POST", mr + "/notes", {"body": text})
        out.summary = "created"
    return out


def _pr_number(value):
    if value:
        return int(value)
    event = os.environ.get("GITHUB_EVENT_PATH")
    if event:
        try:
            with open(event, encoding="utf-8") as f:
                return int(json.load(f)["pull_request"]["number"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
    raise ValueError("no pull request number: pass --pr, or run on a "
                     "pull_request event")


def _load(path, platform):
    try:
        with open(path, encoding="utf-8") if path != "-" else sys.stdin as f:
            payload = json.load(f)
    except (OSError, ValueError) as e:
        raise ValueError("cannot read the review %s: %s" % (path, e))
    key = "comments" if platform == "github" else "discussions"
    if not isinstance(payload, dict) or \
            payload.get("torch-tidy-review") != VERSION or \
            not isinstance(payload.get(key), list):
        raise ValueError("%s is not a review of run-torch-tidy --review=%s "
                         "(version %d)" % (path, platform, VERSION))
    return payload


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("platform", choices=("github", "gitlab"))
    p.add_argument("review", help="the JSON of run-torch-tidy --review "
                   "('-': stdin)")
    p.add_argument("--api-url", help="the REST API's base URL")
    p.add_argument("--repo", help="GitHub: OWNER/NAME")
    p.add_argument("--pr", help="GitHub: the pull request's number")
    p.add_argument("--project", help="GitLab: the project's id or path")
    p.add_argument("--mr", help="GitLab: the merge request's iid")
    p.add_argument("--max-comments", type=int, default=10,
                   help="new comments per run at most; the others go into "
                   "the summary (default 10)")
    a = p.parse_args(argv)
    env = os.environ
    try:
        payload = _load(a.review, a.platform)
        if a.max_comments < 0:
            raise ValueError("--max-comments must be 0 or more")
    except ValueError as e:
        print("torch-tidy-review: error: %s" % e, file=sys.stderr)
        return 2
    try:
        if a.platform == "github":
            token = env.get("GITHUB_TOKEN")
            repo = a.repo or env.get("GITHUB_REPOSITORY")
            if not token or not repo:
                raise ValueError("set GITHUB_TOKEN and GITHUB_REPOSITORY "
                                 "(or --repo)")
            api = Api(a.api_url or env.get("GITHUB_API_URL") or
                      "https://api.github.com",
                      {"Authorization": "Bearer " + token,
                       "X-GitHub-Api-Version": "2022-11-28"})
            number = _pr_number(a.pr)
            out = post_github(api, repo, number, payload, a.max_comments)
            where = "%s#%d" % (repo, number)
        else:
            token = env.get("GITLAB_TOKEN")
            project = a.project or env.get("CI_PROJECT_ID")
            iid = a.mr or env.get("CI_MERGE_REQUEST_IID")
            base = a.api_url or env.get("CI_API_V4_URL")
            if not token or not project or not iid or not base:
                raise ValueError("set GITLAB_TOKEN, CI_PROJECT_ID, "
                                 "CI_MERGE_REQUEST_IID and CI_API_V4_URL "
                                 "(or the options)")
            api = Api(base, {"PRIVATE-TOKEN": token})
            out = post_gitlab(api, project, int(iid), payload,
                              a.max_comments)
            where = "%s!%s" % (project, iid)
    except ValueError as e:
        print("torch-tidy-review: error: %s" % e, file=sys.stderr)
        return 2
    except Failure as e:
        print("torch-tidy-review: error: %s" % e, file=sys.stderr)
        return 1
    print(out.line(where), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
