"""dunmail: collects overdue invoices by email, politely and on time.

`daemon.core` holds pure decisions; `daemon.shell` holds one adapter per outside thing.
"""

__version__ = "0.1.0"
