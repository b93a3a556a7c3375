import { PYTHON_LOG_CAPTURE } from './pythonLogCapture';

/**
 * The Python half of the python3.12 sandbox: a stand-in for Lambda's runtime bootstrap, run once inside
 * Pyodide. It reproduces what a learner can observe of the real runtime — the deployment in /var/task,
 * the handler lookup and its fault names, the `context` object, the log format (print lines, the root
 * logger's `[LEVEL]\t<UTC time>\t<request id>\t<message>` records, the `[ERROR]` record of a failure) and
 * the error document — so that code and error messages transfer to AWS unchanged.
 *
 * `invoke(handler, files_json, event_json, context_json)` returns a JSON string: `{"status": "ok",
 * "payload": <the response serialized as Lambda serializes it>}` or `{"status": "error", "error": …}`,
 * plus `durationMs` (the handler call) and `importMs` (the module import of a cold start, else null).
 * Log events go to the callable given to `set_log_sink`, one call per CloudWatch event.
 *
 * Kept as a string so the worker needs no extra request for it; pythonRuntime.ts installs it. The log
 * capture comes first (pythonLogCapture.ts); this half handles deployment, the context, faults and invoke.
 */
export const PYTHON_BOOTSTRAP =
  PYTHON_LOG_CAPTURE +
  String.raw`
class _Fault(Exception):
    """A failure Lambda's runtime reports under its own Runtime.* error type."""

    def __init__(self, error_type, message, stack_trace=None):
        super().__init__(message)
        self.error = _error_document(error_type, message, stack_trace or [])


def _error_document(error_type, message, stack_trace):
    return {"errorMessage": message or "", "errorType": error_type or "", "stackTrace": stack_trace}


class CognitoIdentity:
    def __init__(self):
        self.cognito_identity_id = None
        self.cognito_identity_pool_id = None


class LambdaContext:
    """The attributes and methods Lambda's Python context object has, read from the invocation."""

    def __init__(self, info, deadline_ms):
        self.aws_request_id = info["awsRequestId"]
        self.log_group_name = info["logGroupName"]
        self.log_stream_name = info["logStreamName"]
        self.function_name = info["functionName"]
        # Lambda reads this one from an environment variable, so it is a string there too.
        self.memory_limit_in_mb = str(info["memoryLimitInMB"])
        self.function_version = info["functionVersion"]
        self.invoked_function_arn = info["invokedFunctionArn"]
        self.client_context = None
        self.identity = CognitoIdentity()
        self.tenant_id = None
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)

    def log(self, message):
        _emit(str(message).removesuffix("\n"))

    def __repr__(self):
        return (
            "LambdaContext([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,"
            "memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=None,"
            "identity=%r,tenant_id=None])"
            % (
                self.aws_request_id,
                self.log_group_name,
                self.log_stream_name,
                self.function_name,
                self.memory_limit_in_mb,
                self.function_version,
                self.invoked_function_arn,
                self.identity,
            )
        )


def _fresh_environment(info, handler):
    """What a new execution environment starts with: Lambda's variables, the root logger with only
    Lambda's handler at the default WARNING level, and stdout/stderr going to the log."""
    arn_parts = info["invokedFunctionArn"].split(":")
    region = arn_parts[3] if len(arn_parts) > 3 and arn_parts[3] else "us-east-1"
    os.environ.update(
        {
            "AWS_EXECUTION_ENV": "AWS_Lambda_python3.12",
            "AWS_LAMBDA_FUNCTION_NAME": info["functionName"],
            "AWS_LAMBDA_FUNCTION_VERSION": info["functionVersion"],
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(info["memoryLimitInMB"]),
            "AWS_LAMBDA_LOG_GROUP_NAME": info["logGroupName"],
            "AWS_LAMBDA_LOG_STREAM_NAME": info["logStreamName"],
            "AWS_REGION": region,
            "AWS_DEFAULT_REGION": region,
            "LAMBDA_TASK_ROOT": TASK_ROOT,
            "LAMBDA_RUNTIME_DIR": "/var/runtime",
            "_HANDLER": handler,
        }
    )
    logging.Formatter.converter = time.gmtime
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(_log_handler)
    root.setLevel(logging.WARNING)
    sys.stdout = _stdout
    sys.stderr = _stderr


def _deploy(files):
    """Replaces /var/task with the deployment package and forgets every module imported from the old one,
    so the next import reads the new code."""
    for name, module in list(sys.modules.items()):
        origin = getattr(module, "__file__", None) or ""
        if origin.startswith(TASK_ROOT + "/"):
            del sys.modules[name]
    os.chdir("/")
    shutil.rmtree(TASK_ROOT, ignore_errors=True)
    os.makedirs(TASK_ROOT)
    for relative, source in files.items():
        target = os.path.normpath(os.path.join(TASK_ROOT, relative))
        if not target.startswith(TASK_ROOT + "/"):
            continue  # a name such as "../x" stays out of the file system outside the package
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as f:
            f.write(source)
    os.chdir(TASK_ROOT)
    if TASK_ROOT not in sys.path:
        sys.path.insert(0, TASK_ROOT)
    importlib.invalidate_caches()


def _load_handler(handler):
    try:
        module_name, function_name = handler.rsplit(".", 1)
    except ValueError as e:
        raise _Fault("Runtime.MalformedHandlerName", "Bad handler '%s': %s" % (handler, e))
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise _Fault(
            "Runtime.BuiltInModuleConflict", "Cannot use built-in module %s as a handler module" % module_name
        )
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise _Fault("Runtime.ImportModuleError", "Unable to import module '%s': %s" % (module_name, e))
    except SyntaxError as e:
        # Lambda's own wording for this trace: "Line" and the offending source line as Python kept it.
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise _Fault("Runtime.UserCodeSyntaxError", "Syntax error in module '%s': %s" % (module_name, e), trace)
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise _Fault(
            "Runtime.HandlerNotFound", "Handler '%s' missing on module '%s'" % (function_name, module_name)
        )


def _lambda_path(filename):
    for prefix in _STDLIB_PATHS:
        if filename.startswith(prefix):
            return _LAMBDA_STDLIB + filename[len(prefix) :]
    return filename


def _describe_exception(exc):
    """The error document of an exception raised by user code: the frames from the first one outside
    this runtime, formatted as traceback.format_list formats them."""
    frames = traceback.extract_tb(exc.__traceback__)
    first_user_frame = next((i for i, f in enumerate(frames) if f.filename != _RUNTIME_FILE), 0)
    entries = [(_lambda_path(f.filename), f.lineno, f.name, f.line) for f in frames[first_user_frame:]]
    return _error_document(type(exc).__name__, str(exc), traceback.format_list(entries))


def _exit_error(exc, request_id):
    """sys.exit() stops Lambda's runtime process: the platform reports it under the invocation's request
    id, and the next invocation is a cold start."""
    code = exc.code
    if code is not None and not isinstance(code, int):
        _stderr.write(str(code) + "\n")
        code = 1
    reason = "Runtime exited with error: exit status %d" % code if code else "Runtime exited without providing a reason"
    message = "RequestId: %s Error: %s" % (request_id, reason)
    _emit(message + "\nRuntime.ExitError")
    return _error_document("Runtime.ExitError", message, [])


def _log_error(error):
    """The [ERROR] record Lambda writes for a failed init or invocation, as one log event."""
    head = "[ERROR]"
    if error["errorType"]:
        head += " " + error["errorType"]
    if error["errorMessage"]:
        head += (":" if error["errorType"] else "") + " " + error["errorMessage"]
    lines = [head, "Traceback (most recent call last):"]
    for entry in error["stackTrace"]:
        if entry == "":
            lines.append("")
            continue
        for line in entry.splitlines():
            body = line.lstrip(" ")
            lines.append(_NBSP * (len(line) - len(body)) + body)
    _emit("\n".join(lines))


class _ResponseEncoder(json.JSONEncoder):
    """Lambda's python3.12 serializer: JSON with non-ASCII text kept, Decimal written as a number."""

    def default(self, value):
        if isinstance(value, decimal.Decimal):
            if value.is_nan():
                return math.nan
            if value.is_finite() and value == value.to_integral_value():
                return int(value)
            return float(value)
        return super().default(value)


def _marshal(response):
    if isinstance(response, bytes):
        return response.decode("utf-8", errors="replace")
    try:
        return _ResponseEncoder(ensure_ascii=False).encode(response)
    except Exception as e:
        raise _Fault("Runtime.MarshalError", "Unable to marshal response: %s" % e)


def _result(status, body, duration_ms, import_ms):
    result = {"status": status, "durationMs": duration_ms, "importMs": import_ms}
    result["payload" if status == "ok" else "error"] = body
    return json.dumps(result)


def invoke(handler, files_json, event_json, context_json):
    global _request_id, _deployment, _handler_fn
    files = json.loads(files_json)
    info = json.loads(context_json)
    deployment = json.dumps([handler, files], sort_keys=True)

    import_ms = None
    if _handler_fn is None or deployment != _deployment:
        # A new deployment is a new execution environment: fresh module, init logs without a request id.
        _deployment, _handler_fn = None, None
        _request_id = ""
        started = time.perf_counter()
        error = None
        try:
            _fresh_environment(info, handler)
            _deploy(files)
            function = _load_handler(handler)
        except _Fault as fault:
            error = fault.error
        except SystemExit as e:
            error = _exit_error(e, info["awsRequestId"])
        except Exception as e:
            error = _describe_exception(e)
        _drain_streams()
        import_ms = (time.perf_counter() - started) * 1000
        if error is not None:
            if error["errorType"] != "Runtime.ExitError":
                _log_error(error)
            return _result("error", error, 0, import_ms)
        _deployment, _handler_fn = deployment, function

    _request_id = info["awsRequestId"]
    event = json.loads(event_json)
    context = LambdaContext(info, int(time.time() * 1000) + int(info["timeoutMs"]))
    started = time.perf_counter()
    try:
        payload = _marshal(_handler_fn(event, context))
        status, body = "ok", payload
    except _Fault as fault:
        status, body = "error", fault.error
    except SystemExit as e:
        status, body = "error", _exit_error(e, _request_id)
        _deployment, _handler_fn = None, None
    except Exception as e:
        status, body = "error", _describe_exception(e)
    duration_ms = (time.perf_counter() - started) * 1000
    _drain_streams()
    if status == "error" and body["errorType"] != "Runtime.ExitError":
        _log_error(body)
    return _result(status, body, duration_ms, import_ms)
`;
