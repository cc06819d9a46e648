"""GitHub: a pull-request review ("Create a review for a pull request",
POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews): event COMMENT,
the summary as its body, a comment per placed finding on the RIGHT side
of the diff (start_line/start_side for a suggestion over several lines),
with a ```suggestion block when the fix stays within the commented
lines."""
from .findings import Review
from .text import VERSION, Writer, finding_marker, marker


def suggestion_block(text: str) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return "%ssuggestion\n%s\n%s" % (fence, text, fence)


def payload(review: Review, ctx) -> dict:
    w = Writer(ctx.link, markdown=True)
    comments = []
    for f in review.inline:
        s = ctx.suggestion(f)
        body = w.comment(f, suggestion_block(s.text) if s else None)
        c = {"path": f.comment.path,
             "line": s.end_line if s else f.comment.line,
             "side": "RIGHT"}
        if s and s.start_line != s.end_line:
            c["start_line"] = s.start_line
            c["start_side"] = "RIGHT"
        c["body"] = body + "\n\n" + finding_marker(f)
        comments.append(c)
    return {"torch-tidy-review": VERSION,
            "commit_id": ctx.head,
            "event": "COMMENT",
            "body": w.summary(review) + "\n\n" + marker("summary"),
            "comments": comments}
