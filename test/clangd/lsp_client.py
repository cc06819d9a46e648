"""A small Language Server Protocol client for testing torch-clangd.

It speaks JSON-RPC 2.0 over the server's stdin and stdout with the
Content-Length framing of the protocol, as an editor does, and offers what
the tests need: open, change and close documents, wait for the diagnostics
of a given document version, ask for code actions, completion and
definitions, apply workspace edits, and shut the server down cleanly.

The standard library only: the tests must run where PyPI is not reachable.
Used by bench/editor.py as well.
"""
import json
import os
import queue
import subprocess
import threading
import time
import urllib.parse


class LspError(Exception):
    """The server broke the protocol, died, answered with an error or did
    not answer in time."""


def path_to_uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


def uri_to_path(uri):
    assert uri.startswith("file://"), uri
    return urllib.parse.unquote(uri[len("file://"):])


class Server:
    """One language server process and the client side of its session."""

    def __init__(self, argv, root, stderr_path=None, env=None, timeout=300):
        self.root = os.path.abspath(root)
        self.timeout = timeout
        self._stderr = open(stderr_path, "wb") if stderr_path else subprocess.DEVNULL
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._stderr,
                                     cwd=self.root, env=env)
        self._next_id = 1
        self._responses = {}
        self._notifications = queue.Queue()
        self._pending = []  # notifications read but not yet consumed
        self._lock = threading.Lock()
        self._answered = threading.Condition(self._lock)
        self._closed = False
        self.versions = {}
        self.texts = {}
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # -- framing ------------------------------------------------------------

    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        header = b"Content-Length: %d\r\n\r\n" % len(body)
        try:
            self.proc.stdin.write(header + body)
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError) as e:
            raise LspError("cannot write to the server: %s (exit status %s)"
                           % (e, self.proc.poll()))

    def _read_message(self):
        length = None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                return None
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        if length is None:
            raise LspError("a message without Content-Length")
        body = self.proc.stdout.read(length)
        return json.loads(body.decode("utf-8"))

    def _read_loop(self):
        try:
            while True:
                message = self._read_message()
                if message is None:
                    break
                if "id" in message and "method" in message:
                    self._answer_server_request(message)
                elif "id" in message:
                    with self._lock:
                        self._responses[message["id"]] = message
                        self._answered.notify_all()
                else:
                    self._notifications.put(message)
        finally:
            with self._lock:
                self._closed = True
                self._answered.notify_all()
            self._notifications.put(None)

    def _answer_server_request(self, message):
        # Progress tokens, capability registration, refresh requests: the
        # client accepts them all and does nothing.
        self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})

    # -- requests and notifications ----------------------------------------

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=None):
        with self._lock:
            rid = self._next_id
            self._next_id += 1
        self._send({"jsonrpc": "2.0", "id": rid, "method": method,
                    "params": params})
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._lock:
            while rid not in self._responses:
                if self._closed:
                    raise LspError("the server exited (status %s) before "
                                   "answering %s" % (self.proc.poll(), method))
                left = deadline - time.monotonic()
                if left <= 0:
                    raise LspError("no answer to %s within %ss"
                                   % (method, timeout or self.timeout))
                self._answered.wait(left)
            response = self._responses.pop(rid)
        if "error" in response:
            raise LspError("%s failed: %s" % (method, response["error"]))
        return response.get("result")

    def next_notification(self, predicate, timeout=None):
        """Returns the first notification, past or future, that matches
        predicate; those that do not match stay for later calls."""
        for i, message in enumerate(self._pending):
            if predicate(message):
                return self._pending.pop(i)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LspError("no matching notification within %ss"
                               % (timeout or self.timeout))
            try:
                message = self._notifications.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                self._notifications.put(None)
                raise LspError("the server exited (status %s)"
                               % self.proc.poll())
            if predicate(message):
                return message
            self._pending.append(message)

    # -- the session -------------------------------------------------------

    def initialize(self, initialization_options=None):
        capabilities = {
            "textDocument": {
                "synchronization": {"didSave": True},
                "publishDiagnostics": {"relatedInformation": True,
                                       "versionSupport": True},
                "codeAction": {"codeActionLiteralSupport": {
                    "codeActionKind": {"valueSet": ["quickfix", "refactor",
                                                    "source"]}}},
                "completion": {"completionItem": {"snippetSupport": False}},
                "definition": {},
            },
            "workspace": {"workspaceEdit": {"documentChanges": True}},
        }
        result = self.request("initialize", {
            "processId": os.getpid(),
            "rootUri": path_to_uri(self.root),
            "capabilities": capabilities,
            "initializationOptions": initialization_options or {},
        })
        self.notify("initialized", {})
        return result

    def open(self, path, text=None):
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        uri = path_to_uri(path)
        self.versions[uri] = 1
        self.texts[uri] = text
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
        return uri

    def change(self, uri, text):
        """Sends the whole new text, as version + 1."""
        self.versions[uri] += 1
        self.texts[uri] = text
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": self.versions[uri]},
            "contentChanges": [{"text": text}]})
        return self.versions[uri]

    def close(self, uri):
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri}})

    def diagnostics(self, uri, version=None, timeout=None):
        """The next diagnostics published for uri at version (by default
        the document's current version)."""
        want = self.versions[uri] if version is None else version

        def matches(m):
            return (m.get("method") == "textDocument/publishDiagnostics"
                    and m["params"]["uri"] == uri
                    and m["params"].get("version") == want)
        return self.next_notification(matches, timeout)["params"]["diagnostics"]

    def code_actions(self, uri, diagnostic):
        return self.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]}}) or []

    def completion(self, uri, line, character):
        result = self.request("textDocument/completion", {
            "textDocument": {"uri": uri},
            "position": {"line": line, "character": character}})
        if isinstance(result, dict):
            result = result.get("items", [])
        return result or []

    def definition(self, uri, line, character):
        result = self.request("textDocument/definition", {
            "textDocument": {"uri": uri},
            "position": {"line": line, "character": character}})
        if isinstance(result, dict):
            result = [result]
        return result or []

    def shutdown(self):
        """shutdown, then exit; returns the server's exit status."""
        self.request("shutdown", None)
        self.notify("exit", None)
        try:
            status = self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise LspError("the server did not exit after 'exit'")
        self._reader.join(timeout=10)
        if self._stderr is not subprocess.DEVNULL:
            self._stderr.close()
        return status

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def edits_of(action, uri):
    """The TextEdits that a code action (or a WorkspaceEdit) makes to uri."""
    edit = action.get("edit", action)
    edits = list(edit.get("changes", {}).get(uri, []))
    for change in edit.get("documentChanges", []):
        if change.get("textDocument", {}).get("uri") == uri:
            edits.extend(change["edits"])
    return edits


def _offset(text, position):
    """Offset of an LSP position; characters count UTF-16 code units."""
    lines = text.split("\n")
    line = position["line"]
    before = sum(len(l) + 1 for l in lines[:line])
    units = 0
    column = 0
    for ch in lines[line] if line < len(lines) else "":
        if units >= position["character"]:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        column += 1
    return before + column


def apply_edits(text, edits):
    """text with the TextEdits applied (they must not overlap)."""
    spans = sorted(((_offset(text, e["range"]["start"]),
                     _offset(text, e["range"]["end"]), e["newText"])
                    for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def describe(diagnostic):
    """One line: line:col (1-based), severity, [code] message."""
    severity = {1: "error", 2: "warning", 3: "information", 4: "hint"}
    start = diagnostic["range"]["start"]
    return "%d:%d: %s: %s [%s]" % (
        start["line"] + 1, start["character"] + 1,
        severity.get(diagnostic.get("severity"), "?"),
        diagnostic["message"], diagnostic.get("code", ""))


def describe_related(info):
    start = info["location"]["range"]["start"]
    return "%s:%d:%d: %s" % (
        os.path.basename(uri_to_path(info["location"]["uri"])),
        start["line"] + 1, start["character"] + 1, info["message"])
