"""reviewdog: its Diagnostic Format as JSON (rdjson; a DiagnosticResult),
for `reviewdog -f=rdjson` and any reporter it has. Each new finding is
one diagnostic at the place it is commented (its own line, or the note's
line the change adds, its own place then named in the message), or at its
own place when it is in the summary; notes are related locations; fix-its
within the commented lines are suggestions (columns 1-based, in bytes).
rdjson has no field for a version of ours: this shape is version 1."""
import os

from .findings import Finding, Place, Review

SEVERITY = {"error": "ERROR", "warning": "WARNING"}


def _position(data: bytes, offset: int) -> dict:
    line_start = data.rfind(b"\n", 0, offset) + 1
    return {"line": data.count(b"\n", 0, offset) + 1,
            "column": offset - line_start + 1}


def _location(p: Place) -> dict:
    return {"path": p.path,
            "range": {"start": {"line": p.line, "column": p.column}}}


def _suggestions(f: Finding, ctx) -> list:
    if ctx.suggestion(f) is None:
        return []
    data = ctx.sources.data(os.path.join(ctx.root, f.place.path))
    return [{"range": {"start": _position(data, r["offset"]),
                       "end": _position(data, r["offset"] + r["length"])},
             "text": r["text"]}
            for r in sorted(f.fixes, key=lambda r: r["offset"])]


def payload(review: Review, ctx) -> dict:
    diagnostics = []
    for f in review.new:
        message = f.message
        where = f.comment or f.place
        if f.via_note is not None:
            message += " (at %s:%d, a line this change does not touch; " \
                "here: %s)" % (f.place.path, f.place.line, f.via_note.message)
        d = {"message": message, "location": _location(where),
             "severity": SEVERITY.get(f.level, "WARNING"),
             "code": {"value": f.check}}
        suggestions = _suggestions(f, ctx)
        if suggestions:
            d["suggestions"] = suggestions
        related = [{"message": n.message, "location": _location(n.place)}
                   for n in f.notes if n.place]
        if related:
            d["related_locations"] = related
        diagnostics.append(d)
    return {"source": {"name": "torch-tidy"}, "severity": "WARNING",
            "diagnostics": diagnostics}
