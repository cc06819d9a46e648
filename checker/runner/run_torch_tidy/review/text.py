"""The words of review comments: a finding's message, where it is when the
comment sits on one of its notes, its notes, the summary; in Markdown
(GitHub, GitLab) or plain text (Gerrit, reviewdog). Each comment ends with
a hidden marker that names its finding, by which the posting step finds
its own comments again."""
from typing import Callable, List, Optional

from .findings import Finding, Place, Review

VERSION = 1
MARKER = "<!-- torch-tidy-review:%d %%s -->" % VERSION


def marker(what: str) -> str:
    return MARKER % what


def finding_marker(f: Finding) -> str:
    return marker("key=" + f.key)


class Writer:
    """Markdown with links (LINK(path, line) gives a URL or None), or
    plain text."""

    def __init__(self, link: Optional[Callable[[str, int], str]] = None,
                 markdown: bool = True):
        self.link = link
        self.markdown = markdown

    def where(self, p: Place) -> str:
        text = "%s:%d" % (p.path, p.line)
        url = self.link(p.path, p.line) if self.link and self.markdown \
            else None
        return "[%s](%s)" % (text, url) if url else text

    def code(self, text: str) -> str:
        text = text.strip()
        if not self.markdown:
            return text
        ticks = "``" if "`" in text else "`"
        pad = " " if ticks == "``" else ""
        return "%s%s%s%s%s" % (ticks, pad, text, pad, ticks)

    def headline(self, f: Finding) -> str:
        if self.markdown:
            return "**%s:** %s (`%s`)" % (f.level, f.message, f.check)
        return "%s: %s [%s]" % (f.level, f.message, f.check)

    def notes(self, f: Finding, indent: str = "") -> List[str]:
        out = []
        for n in f.notes:
            where = self.where(n.place) if n.place else "(no location)"
            if n is f.via_note:
                where += " (this line)"
            out.append("%s- %s: %s" % (indent, where, n.message))
        return out

    def comment(self, f: Finding, suggestion_block: Optional[str],
                fix_carried: bool = False) -> str:
        """The body of the comment of a placed finding (FIX_CARRIED: the
        platform carries the fix-it otherwise)."""
        parts = [self.headline(f)]
        if f.via_note is not None:
            parts.append("at %s, a line this change does not touch: %s" % (
                self.where(f.place), self.code(f.code)))
        if f.notes:
            parts.append("\n".join(self.notes(f)))
        if suggestion_block:
            parts.append(suggestion_block)
        elif f.fixes and not fix_carried:
            parts.append("A fix-it changes lines outside this comment: "
                         "`run-torch-tidy --fix` applies it."
                         if self.markdown else
                         "A fix-it changes lines outside this comment: "
                         "run-torch-tidy --fix applies it.")
        return "\n\n".join(parts)

    def summary(self, review: Review, extra: List[Finding] = ()) -> str:
        """What is not commented on a line: the count, and the new findings
        that are not on (or not near) a line the change adds."""
        listed = review.summary + list(extra)
        n = len(review.new)
        if n:
            head = "torch-tidy found %d new finding%s in this change" % (
                n, "" if n == 1 else "s")
            if listed:
                head += " (%d on the lines it changes, %d below)" % (
                    n - len(listed), len(listed))
        else:
            head = "torch-tidy found no new finding in this change"
        head += "; %d file%s checked" % (review.files,
                                         "" if review.files == 1 else "s")
        if review.existing:
            head += ", %d finding%s there before the change" % (
                review.existing, "" if review.existing == 1 else "s")
        lines = [head + "."]
        if review.tool_failures:
            lines.append("torch-tidy failed on: " +
                         ", ".join(review.tool_failures) + ".")
        if listed:
            lines.append("")
        for f in listed:
            lines.append("- %s: %s" % (self.where(f.place),
                                       self.headline(f)))
            lines.extend(self.notes(f, "  "))
        return "\n".join(lines)
