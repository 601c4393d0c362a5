#!/usr/bin/env python3
"""Prints the longest chain of dependent requests in a run's results.json, and what the run's clock says about it.

A check's own requests form a chain when each starts after the previous one ended (counted greedily: the most
requests of the check that never overlapped in time). A fixture's checks chain the same way: the heaviest sequence
of checks whose spans did not overlap (checks of a fixture that ran one after another add up; checks that ran side
by side do not). The run's critical path is the heaviest fixture chain: no number of workers can make the run
shorter than that many round trips. Usage: critical_path.py results.json delay-ms [proxy.log]"""
import bisect, json, sys
from datetime import datetime, timedelta


def span(text):
    """A .NET TimeSpan string, [d.]hh:mm:ss[.fffffff]."""
    head, m, s = text.split(':')
    days, _, h = head.rpartition('.')
    return timedelta(days=int(days or 0), hours=int(h), minutes=int(m), seconds=float(s))


def fixture(full_name):
    name, depth = full_name.split(' ', 1)[0], 0
    for i in range(len(name) - 1, -1, -1):
        depth += {')': 1, '(': -1}.get(name[i], 0)
        if name[i] == '.' and depth == 0:
            return name[:i].replace('ScimConformance.Suites.', '')
    return name


def chain(intervals):
    """Most intervals that never overlap (earliest end first)."""
    count, end = 0, None
    for s, e in sorted(intervals, key=lambda x: x[1]):
        if end is None or s >= end:
            count, end = count + 1, e
    return count


def heaviest(items):
    """Weighted interval scheduling: the heaviest set of non-overlapping (start, end, weight) items."""
    items = sorted(items, key=lambda x: x[1])
    ends = [e for _, e, _ in items]
    best = [0] * (len(items) + 1)
    for i, (s, e, w) in enumerate(items):
        j = bisect.bisect_right(ends, s, 0, i)
        best[i + 1] = max(best[i], best[j] + w)
    return best[-1]


def main():
    results, delay_ms = json.load(open(sys.argv[1])), float(sys.argv[2])
    fixtures, first, last = {}, None, None
    for t in results['tests']:
        xs = [(datetime.fromisoformat(x['startedAt']), span(x['duration'])) for x in t['exchanges']]
        xs = [(s, s + d) for s, d in xs]
        if not xs:
            continue
        first = min([first] + [s for s, _ in xs] if first else [s for s, _ in xs])
        last = max([last] + [e for _, e in xs] if last else [e for _, e in xs])
        fixtures.setdefault(fixture(t['fullName']), []).append((min(s for s, _ in xs), max(e for _, e in xs), chain(xs), t['id']))
    ranked = sorted(((heaviest([(s, e, w) for s, e, w, _ in checks]), name, max(checks, key=lambda c: c[2])) for name, checks in fixtures.items()), reverse=True)
    length, name, (_, _, longest, check) = ranked[0]
    requests = sum(len(t['exchanges']) for t in results['tests'])
    print(f"  requests made by checks {requests}; checks {len(results['tests'])}; "
          f"outcomes {', '.join(f'{k} {v}' for k, v in results['counts'].items() if k != 'total')}")
    print(f"  critical path: {length} dependent requests in {name} (its longest check: {check}, {longest});"
          f" next: {', '.join(f'{n} {l}' for l, n, _ in ranked[1:4])}")
    print(f"  lower bound from it: {length} x {delay_ms:.0f} ms = {length * delay_ms / 1000:.1f} s; checks ran for {(last - first).total_seconds():.1f} s")
    if len(sys.argv) > 3:
        log = [line.split() for line in open(sys.argv[3]) if line.strip()]
        statuses = [l[3] for l in log]
        print(f"  the proxy saw {len(log)} requests ({statuses.count('429')} answered 429 by its rate cap); "
              f"{len(log) - requests - statuses.count('429')} outside checks (discovery, fixture set-up, cleanup)")


main()
