"""GitLab: merge-request discussions ("Create new merge request thread",
POST /projects/:id/merge_requests/:merge_request_iid/discussions), each
with a text position on the new line (base_sha: where the branch left
the target, start_sha: the target's commit, head_sha: the head; old_path
and new_path, the same for a file the change adds), a
```suggestion:-0+N block when the fix stays within the commented lines;
and the summary as a note."""
from .findings import Review
from .text import VERSION, Writer, finding_marker, marker


def suggestion_block(text: str, extra_lines: int) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return "%ssuggestion:-0+%d\n%s\n%s" % (fence, extra_lines, text, fence)


def payload(review: Review, ctx) -> dict:
    w = Writer(ctx.link, markdown=True)
    discussions = []
    for f in review.inline:
        s = ctx.suggestion(f)
        block = suggestion_block(s.text, s.end_line - s.start_line) \
            if s else None
        line = s.start_line if s else f.comment.line
        old_path = ctx.diff.renamed_from(f.comment.path) or f.comment.path
        discussions.append({
            "body": w.comment(f, block) + "\n\n" + finding_marker(f),
            "position": {"position_type": "text",
                         "base_sha": ctx.base, "start_sha": ctx.start,
                         "head_sha": ctx.head,
                         "old_path": old_path, "new_path": f.comment.path,
                         "new_line": line}})
    return {"torch-tidy-review": VERSION,
            "discussions": discussions,
            "note": {"body": w.summary(review) + "\n\n" +
                     marker("summary")}}
