"""Every translatable string of clerk_app/ui, read from the code's syntax tree.

Qt's `pyside6-lupdate` misses strings that reach `translate()` through a module's `_tr()` helper and files
`tr = QCoreApplication.translate; tr("Ctx", "text")` under the wrong context, so an untranslated string could
reach a clerk with no check noticing. This reader knows the code's few forms and refuses any other:

    self.tr("text"[, "disambiguation"[, n]])                 context: the enclosing class
    QCoreApplication.translate("Ctx", "text"[, dis[, n]])    also QApplication.translate, and a name bound to
                                                             either (`translate = QCoreApplication.translate`)
    _tr("text"[, n])                                         a function (module level or nested) whose body is
                                                             `return ....translate("Ctx", text[, None, n])`

A call whose text is not a literal, or whose context cannot be known (`owner.tr(...)`), is an error naming
its file and line: `make translations` and the translation test fail on it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


class ExtractError(Exception):
    pass


def _literal(node: ast.AST | None) -> str | None:
    """A string written in the code: a literal or literals joined by +; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _is_translate_attr(node: ast.AST) -> bool:
    return (isinstance(node, ast.Attribute) and node.attr == "translate" and isinstance(node.value, ast.Name)
            and node.value.id in TRANSLATE_OWNERS)


def _wrapper_context(func: ast.FunctionDef) -> str | None:
    """"Ctx" for `def _tr(text, ...): return X.translate("Ctx", text, ...)`."""
    body = [stmt for stmt in func.body if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    if not _is_translate_attr(call.func) or len(call.args) < 2:
        return None
    context = _literal(call.args[0])
    params = [a.arg for a in func.args.args]
    if context is None or not params or not (isinstance(call.args[1], ast.Name) and call.args[1].id == params[0]):
        return None
    return context


class _Reader(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.classes: list[str] = []
        self.translate_names: set[str] = set()  # names bound to QCoreApplication.translate
        self.wrappers: dict[str, str] = {}       # module helper name -> its context
        self.wrapper_lines: list[tuple[int, int]] = []
        self.found: list[Message] = []
        self.errors: list[str] = []

    def read(self, tree: ast.Module) -> None:
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and _is_translate_attr(node.value):
                self.translate_names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and (context := _wrapper_context(node)):
                if self.wrappers.setdefault(node.name, context) != context:
                    self.errors.append(f"{self.path}:{node.lineno}: two {node.name}() helpers with different contexts")
                self.wrapper_lines.append((node.lineno, node.end_lineno or node.lineno))
        self.visit(tree)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, node: ast.Call, context: str, source_node: ast.AST | None, comment_node: ast.AST | None,
             numerus: bool) -> None:
        source = _literal(source_node)
        if source is None:
            self.errors.append(f"{self.path}:{node.lineno}: the text given to tr() must be a literal string")
            return
        comment = "" if comment_node is None or _is_none(comment_node) else _literal(comment_node)
        if comment is None:
            self.errors.append(f"{self.path}:{node.lineno}: a tr() disambiguation must be a literal string")
            return
        self.found.append(Message(context, source, comment, numerus, [(self.path, node.lineno)]))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            if isinstance(func.value, ast.Name) and func.value.id == "self" and self.classes:
                self._add(node, self.classes[-1], args[0] if args else None, args[1] if len(args) > 1 else None,
                          len(args) > 2)
            else:
                self.errors.append(f"{self.path}:{node.lineno}: {ast.unparse(func)}() has no context a reader can "
                                   "know; use self.tr() or QCoreApplication.translate(\"Context\", ...)")
        elif _is_translate_attr(func) or (isinstance(func, ast.Name) and func.id in self.translate_names):
            context = _literal(args[0]) if args else None
            if context is None:
                # The wrappers themselves pass a variable; their callers are read instead.
                if not self._inside_wrapper(node):
                    self.errors.append(f"{self.path}:{node.lineno}: translate() needs a literal context")
            elif not (len(args) > 1 and isinstance(args[1], ast.Name) and self._inside_wrapper(node)):
                self._add(node, context, args[1] if len(args) > 1 else None, args[2] if len(args) > 2 else None,
                          len(args) > 3)
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._add(node, self.wrappers[func.id], args[0] if args else None, None, len(args) > 1)
        elif isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
            self.errors.append(f"{self.path}:{node.lineno}: {func.id}() is not bound to a translate() a reader can see")
        self.generic_visit(node)

    def _inside_wrapper(self, node: ast.Call) -> bool:
        return any(start <= node.lineno <= end for start, end in self.wrapper_lines)


def _is_none(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def extract(package: Path, relative_to: Path) -> list[Message]:
    """The messages of every .py under `package`, merged by (context, source, disambiguation), in file order."""
    merged: dict[tuple[str, str, str], Message] = {}
    errors: list[str] = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(relative_to).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        reader = _Reader(rel)
        reader.read(tree)
        errors += reader.errors
        for message in reader.found:
            known = merged.get(message.key)
            if known is None:
                merged[message.key] = message
            else:
                known.locations += message.locations
                if known.numerus != message.numerus:
                    errors.append(f"{rel}:{message.locations[0][1]}: “{message.source}” is used both with and "
                                  "without a count; give one of them a disambiguation")
    if errors:
        raise ExtractError("\n".join(errors))
    return list(merged.values())

