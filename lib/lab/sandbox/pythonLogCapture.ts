/**
 * The first half of the python3.12 bootstrap (pythonBootstrap.ts): its imports and shared state, and how
 * output becomes CloudWatch events as Lambda writes them — print and stderr lines, and the root logger's
 * `[LEVEL]\t<UTC time>\t<request id>\t<message>` records — each passed to the sink `set_log_sink` sets.
 */
export const PYTHON_LOG_CAPTURE = String.raw`
import decimal
import importlib
import io
import json
import logging
import math
import os
import shutil
import sys
import time
import traceback

TASK_ROOT = "/var/task"
_RUNTIME_FILE = sys._getframe().f_code.co_filename
# Pyodide keeps the standard library elsewhere; tracebacks show Lambda's paths instead.
_STDLIB_PATHS = ("/lib/python312.zip/", "/lib/python3.12/")
_LAMBDA_STDLIB = "/var/lang/lib/python3.12/"
# Lambda indents the lines of an [ERROR] record with no-break spaces so log viewers keep the indentation.
_NBSP = "\u00a0"

_sink = None
_request_id = ""
_deployment = None
_handler_fn = None


def set_log_sink(sink):
    global _sink
    _sink = sink


def _emit(text):
    if _sink is not None:
        _sink(text)


class _LogLineWriter(io.TextIOBase):
    """sys.stdout and sys.stderr. Lambda turns every line a function writes into one log event, so
    text is held until its newline; a last unterminated line is emitted when the invocation ends."""

    encoding = "utf-8"

    def __init__(self, name):
        super().__init__()
        self._name = name
        self._pending = ""

    @property
    def name(self):
        return self._name

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        for line in lines:
            _emit(line)
        return len(text)

    def drain(self):
        if self._pending:
            _emit(self._pending)
            self._pending = ""


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id
        return True


class _LogEventHandler(logging.Handler):
    """The handler Lambda puts on the root logger: one log event per record, whatever its line count."""

    def emit(self, record):
        try:
            _emit(self.format(record))
        except Exception:
            self.handleError(record)


_stdout = _LogLineWriter("<stdout>")
_stderr = _LogLineWriter("<stderr>")
_log_handler = _LogEventHandler()
_log_handler.setFormatter(
    logging.Formatter(
        "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s",
        "%Y-%m-%dT%H:%M:%S",
    )
)
_log_handler.addFilter(_RequestIdFilter())


def _drain_streams():
    _stdout.drain()
    _stderr.drain()

`;
