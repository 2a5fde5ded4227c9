"""The starter config `dunmail init` writes: the few keys every installation must set.

Everything else keeps its default; config.example.yaml documents every key. A test loads this
text to keep it valid.
"""

STARTER_CONFIG = """\
# dunmail configuration. Every key, with its default, is documented in config.example.yaml.
# Check it with: dunmail check --config <this file>
# Passwords never go here: name an environment variable (password_env), a file (password_file)
# or a systemd credential (password_credential).

company:
  legal_name: Your Company Ltd
  from_address: Your Company Accounts Receivable <ar@example.com>
  phone: +1 555 0100
  email: ar@example.com
  payment_options:
    - label: Bank transfer
      details: |
        Account name: Your Company Ltd
        IBAN / account number: fill in
  signature: |
    Accounts Receivable
    Your Company Ltd

smtp:
  host: smtp.example.com
  tls: starttls
  username: ar@example.com
  password_credential: smtp

imap:
  host: imap.example.com
  tls: implicit
  username: ar@example.com
  password_credential: imap

ledger:
  # The open-invoice export of your accounting system, re-read whenever it changes.
  path: /srv/exports/open-invoices.csv
  date_format: "%Y-%m-%d"
  decimal_separator: "."
  default_currency: USD

schedule:
  timezone: America/New_York
  send_window: {start: "09:00", end: "17:00"}
  holidays: {country: US}

collectors:
  digest_recipients: [collections@example.com]
"""
