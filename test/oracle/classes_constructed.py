"""Fails unless an oracle program constructs every class that a rule file
gives one field's value, so that no such rule goes unproven.

usage: classes_constructed.py RULES.yaml FIELD=VALUE ORACLE.cpp

A class `torch::nn::ReLUImpl` counts as constructed when the oracle
writes `nn::ReLU(` or `torch::nn::ReLU(` (its module holder).
"""
import re
import sys

import yaml


def classes_with(rules_path, field, value):
    with open(rules_path) as f:
        rules = yaml.safe_load(f)
    for rule in rules.get("modules", []):
        if str(rule.get(field)) != value:
            continue
        names = rule["class"]
        yield from names if isinstance(names, list) else [names]


def main():
    rules_path, condition, oracle_path = sys.argv[1:4]
    field, value = condition.split("=", 1)
    with open(oracle_path) as f:
        oracle = f.read()
    classes = list(classes_with(rules_path, field, value))
    missing = []
    for name in classes:
        holder = re.sub(r"Impl$", "", name.rsplit("::", 1)[-1])
        if not re.search(r"\bnn::%s\(" % re.escape(holder), oracle):
            missing.append(name)
    for name in missing:
        print("%s: %s=%s but %s never constructs it" %
              (name, field, value, oracle_path))
    if not classes:
        print("no module rule in %s has %s=%s" % (rules_path, field, value))
    return 1 if missing or not classes else 0


if __name__ == "__main__":
    sys.exit(main())
