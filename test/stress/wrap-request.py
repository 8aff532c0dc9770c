#!/usr/bin/env python3
"""Wraps the first function of an llvm-stress module in an __enzyme_autodiff request.

Pointers are passed as enzyme_dup with a shadow, floating-point scalars as
enzyme_out (their adjoints are returned as a struct), everything else as
enzyme_const. Reads the module on stdin, writes the wrapped module to stdout.
"""
import re
import sys


def split_params(text):
    params, depth, current = [], 0, ""
    for ch in text:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == "," and depth == 0:
            params.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        params.append(current.strip())
    return params


def main():
    module = sys.stdin.read()
    match = re.search(r"^define (\S+) @(\S+)\((.*)\) \{", module, re.M)
    if not match:
        sys.stdout.write(module)
        return
    name, params = match.group(2), split_params(match.group(3))
    types = [p.rsplit(" ", 1)[0] for p in params]
    wrapper_params, call_args, outs = [], ["ptr @" + name], []
    for index, ty in enumerate(types):
        if ty in ("float", "double", "half", "x86_fp80", "fp128"):
            wrapper_params.append("{} %p{}".format(ty, index))
            call_args += ["i32 %out", "{} %p{}".format(ty, index)]
            outs.append(ty)
        elif ty == "ptr":
            wrapper_params += ["ptr %p{}".format(index), "ptr %d{}".format(index)]
            call_args += ["i32 %dup", "ptr %p{}".format(index), "ptr %d{}".format(index)]
        else:
            wrapper_params.append("{} %p{}".format(ty, index))
            call_args += ["i32 %const", "{} %p{}".format(ty, index)]
    result = "void" if not outs else outs[0] if len(outs) == 1 else \
        "{ " + ", ".join(outs) + " }"
    sys.stdout.write(module)
    sys.stdout.write(
        "\n@enzyme_dup = global i32 0\n@enzyme_const = global i32 0\n"
        "@enzyme_out = global i32 0\n"
        "declare {0} @__enzyme_autodiff(...)\n"
        "define {0} @request({1}) {{\n"
        "  %dup = load i32, ptr @enzyme_dup\n"
        "  %const = load i32, ptr @enzyme_const\n"
        "  %out = load i32, ptr @enzyme_out\n"
        "  {3}call {0} (...) @__enzyme_autodiff({2})\n"
        "  ret {0} {4}\n}}\n".format(result, ", ".join(wrapper_params),
                                      ", ".join(call_args),
                                      "" if result == "void" else "%r = ",
                                      "" if result == "void" else "%r"))


if __name__ == "__main__":
    main()
