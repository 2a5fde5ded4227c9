"""The collections report as one self-contained HTML page, its charts drawn as inline SVG.

One job: render a `CollectionsReport` to HTML: no script, no external file, so it opens from disk
or as an email attachment. Jinja2 with autoescape: customer names are data, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment

from daemon.core.report import BUCKETS, CollectionsReport

_COLORS = {
    "current": "#6baed6",
    "1-30": "#fdd49e",
    "31-60": "#fdae6b",
    "61-90": "#f16913",
    "90+": "#a63603",
    "paid": "#31a354",
    "replied": "#6baed6",
    "nothing": "#bdbdbd",
}


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: str  # as printed
    width: float  # in px
    color: str


def _bars(
    values: dict[str, Decimal | int], colors: dict[str, str], width: float = 360
) -> list[Bar]:
    top = max((abs(Decimal(v)) for v in values.values()), default=Decimal(0)) or Decimal(1)
    return [
        Bar(label, f"{v:,.2f}" if isinstance(v, Decimal) else str(v),
            float(abs(Decimal(v)) / top) * width, colors.get(label, "#6baed6"))
        for label, v in values.items()
    ]  # fmt: skip


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Collections report {{ r.start }} to {{ r.today }}</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; max-width: 1000px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: 3px 10px; border-bottom: 1px solid #ddd; }
th { text-align: left; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
.kpi { display: inline-block; margin: 0 2em 1em 0; } .kpi b { font-size: 1.6em; display: block; }
svg text { font: 12px system-ui, sans-serif; }
</style></head><body>
<h1>Collections report, {{ r.start }} to {{ r.today }}</h1>
{% for currency in currencies %}
<div class="kpi">DSO ({{ currency }}, countback)<b>{{ dso[currency] }}</b></div>
<div class="kpi">CEI ({{ currency }})<b>{{ cei[currency] }}</b></div>
{% endfor %}
<div class="kpi">Promises kept<b>{{ kept }}</b></div>

<h2>Aging of open balances</h2>
{% for currency, bars in aging.items() %}
<svg width="560" height="{{ 24 * bars|length + 24 }}" role="img" aria-label="aging {{ currency }}">
<text x="0" y="14" font-weight="bold">{{ currency }}</text>
{% for bar in bars %}
<text x="0" y="{{ 38 + 24 * loop.index0 }}">{{ bar.label }}</text>
<rect x="70" y="{{ 26 + 24 * loop.index0 }}" width="{{ bar.width }}" height="16"
 fill="{{ bar.color }}"/>
<text x="{{ 76 + bar.width }}" y="{{ 38 + 24 * loop.index0 }}">{{ bar.value }}</text>
{% endfor %}</svg>
{% endfor %}
<table><tr><th>customer</th><th>currency</th>{% for b in buckets %}<th>{{ b }}</th>{% endfor %}</tr>
{% for row in customer_rows %}<tr><td>{{ row.name }}</td><td>{{ row.currency }}</td>
{% for v in row.cells %}<td class="n">{{ v }}</td>{% endfor %}</tr>{% endfor %}
</table>

<h2>What customers said ({{ r.start }} to {{ r.today }})</h2>
<svg width="560" height="{{ 24 * intents|length + 8 }}" role="img" aria-label="reply intents">
{% for bar in intents %}
<text x="0" y="{{ 16 + 24 * loop.index0 }}">{{ bar.label }}</text>
<rect x="130" y="{{ 4 + 24 * loop.index0 }}" width="{{ bar.width }}" height="16"
 fill="{{ bar.color }}"/>
<text x="{{ 136 + bar.width }}" y="{{ 16 + 24 * loop.index0 }}">{{ bar.value }}</text>
{% endfor %}</svg>

<h2>What followed each step (within {{ r.outcome_days }} days)</h2>
<svg width="640" height="{{ 24 * steps|length + 30 }}" role="img" aria-label="step outcomes">
{% for step in steps %}
<text x="0" y="{{ 16 + 24 * loop.index0 }}">{{ step.name }} ({{ step.sent }})</text>
{% for part in step.parts %}
<rect x="{{ 170 + part.x }}" y="{{ 4 + 24 * loop.index0 }}" width="{{ part.width }}" height="16"
 fill="{{ part.color }}"><title>{{ part.label }}: {{ part.count }}</title></rect>{% endfor %}
{% endfor %}
{% for label in ("paid", "replied", "nothing") %}
<rect x="{{ 170 + 110 * loop.index0 }}" y="{{ 24 * steps|length + 14 }}" width="12" height="12"
 fill="{{ colors[label] }}"/>
<text x="{{ 186 + 110 * loop.index0 }}" y="{{ 24 * steps|length + 24 }}">{{ label }}</text>
{% endfor %}</svg>
</body></html>
"""


def render_report(report: CollectionsReport) -> str:
    currencies = sorted(report.aging_total.by_currency) or sorted(report.dso_days)
    aging = {
        currency: _bars({b: buckets[b] for b in BUCKETS}, _COLORS)
        for currency, buckets in sorted(report.aging_total.by_currency.items())
    }
    customer_rows = [
        {
            "name": report.customers.get(customer, customer),
            "currency": currency,
            "cells": [f"{buckets[b]:,.2f}" for b in BUCKETS],
        }
        for customer, aged in report.aging_by_customer.items()
        for currency, buckets in sorted(aged.by_currency.items())
    ]
    steps = []
    for step in report.steps:
        x, parts = 0.0, []
        for label, count in (
            ("paid", step.paid),
            ("replied", step.replied),
            ("nothing", step.nothing),
        ):
            width = 440 * count / step.sent if step.sent else 0
            parts.append(
                {"x": x, "width": width, "color": _COLORS[label], "label": label, "count": count}
            )
            x += width
        steps.append({"name": step.step, "sent": step.sent, "parts": parts})
    env = Environment(autoescape=True)
    return env.from_string(_PAGE).render(
        r=report,
        currencies=currencies,
        dso={
            c: _days(report.dso_days.get(c), report.dso_at_least.get(c, False)) for c in currencies
        },
        cei={
            c: f"{v} %" if (v := report.cei_percent.get(c)) is not None else "n/a"
            for c in currencies
        },
        kept=_kept(report),
        aging=aging,
        buckets=BUCKETS,
        customer_rows=customer_rows,
        intents=_bars(dict(report.intents), {}),
        steps=steps,
        colors=_COLORS,
    )


def _kept(report: CollectionsReport) -> str:
    rate, kept = report.promise_kept_rate, report.promises_kept
    if rate is None:
        return "none due"
    return f"{rate:.0f} % ({kept} of {kept + report.promises_broken})"


def _days(days: Decimal | None, at_least: bool) -> str:
    if days is None:
        return "n/a"
    return f"{'≥ ' if at_least else ''}{days} days"
