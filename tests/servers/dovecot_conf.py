"""The ``dovecot.conf`` text for the private test Dovecot: listeners, users, mailboxes, TLS.

One job: render the config for a given tree and ports. It only builds text (it looks up the
current user and group to name them); it must not write files or start anything, which
``tests/servers/dovecot.py`` does. Everything listens on 127.0.0.1 only.

Root and non-root runs differ: as root, login processes and mail access refuse uid 0, so the config
names dovenull/dovecot/nobody and chroots the login processes. As a normal user ("rootless") every
process runs as that user, and there is no chroot.
"""

from __future__ import annotations

import grp
import os
import pwd
import secrets
from pathlib import Path
from string import Template

SPECIAL_USE = {"Sent": r"\Sent", "Drafts": r"\Drafts", "Trash": r"\Trash", "Junk": r"\Junk",
               "Archive": r"\Archive"}  # fmt: skip

_CONFIG = Template("""\
# Written by tests/servers/dovecot.py for one test run. Nothing here comes from /etc/dovecot.
instance_name = $instance
base_dir = $root/run
state_dir = $root/state
log_path = $root/dovecot.log
info_log_path = $root/dovecot.log
protocols = imap lmtp
listen = $host
shutdown_clients = yes
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests log in with a wrong password on purpose; a real server delays that, a test need not.
auth_failure_delay = 0
auth_verbose = yes
first_valid_uid = 1
# Tests open many connections from one address (IDLE watcher + command connection + helpers).
mail_max_userip_connections = 100
mail_location = maildir:~/Maildir
$identity
$ssl
$quota
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $root/users
}
# A static userdb without allow_all_users asks the passdb whether a user exists, so LMTP answers
# "550 5.1.1" for unknown recipients as a real server would.
userdb {
  driver = static
  args = home=$mail/%u
}
namespace inbox {
  inbox = yes
  separator = /
$mailboxes
}
service imap-login {
  inet_listener imap {
    address = $host
    port = $imap_port
  }
  inet_listener imaps {
    address = $host
    port = $imaps_port
    ssl = yes
  }
$login_chroot
}
service lmtp {
  inet_listener lmtp {
    address = $host
    port = $lmtp_port
  }
}
protocol lmtp {
  # Deliver "ar@example.test" to the user "ar".
  auth_username_format = %n
}
""")

_ROOT_IDENTITY = """\
default_login_user = dovenull
default_internal_user = dovecot
mail_uid = {uid}
mail_gid = {gid}
service auth {{
  user = root
}}
service anvil {{
  chroot = empty
}}"""

_ROOTLESS_IDENTITY = """\
default_login_user = {user}
default_internal_user = {user}
default_internal_group = {group}
mail_uid = {uid}
mail_gid = {gid}
service anvil {{
  chroot =
}}"""


# Dovecot 2.3's quota plugin: every user's folders but INBOX count towards `storage` (so the
# acceptance copies always arrive, and Sent is what fills up); over it, APPEND, COPY and MOVE
# answer "NO [OVERQUOTA]" (RFC 5530 §3).
_QUOTA = """\
mail_plugins = $mail_plugins quota
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
plugin {{
  quota = count:User quota
  quota_vsizes = yes
  quota_rule = *:storage={kb}K
  quota_rule2 = INBOX:ignore
}}"""


def render_config(
    root: Path,
    *,
    host: str,
    imap_port: int,
    imaps_port: int | None,
    lmtp_port: int,
    tls: bool,
    quota_kb: int | None = None,
) -> str:
    """The config for a tree at ``root``; ``tls`` expects the key pair under ``root/tls``;
    ``quota_kb`` limits each user's folders but INBOX to that many KiB."""
    mailboxes = "\n".join(
        f"  mailbox {name} {{\n    special_use = {flag}\n    auto = subscribe\n  }}"
        for name, flag in SPECIAL_USE.items()
    )
    return _CONFIG.substitute(
        instance=f"dunmail-test-{secrets.token_hex(4)}",
        root=root,
        mail=root / "mail",
        host=host,
        identity=_identity(),
        ssl=_ssl_settings(root) if tls else "ssl = no",
        mailboxes=mailboxes,
        quota=_QUOTA.format(kb=quota_kb) if quota_kb else "",
        imap_port=imap_port,
        imaps_port=imaps_port or 0,  # port 0 disables the listener
        lmtp_port=lmtp_port,
        login_chroot="  chroot = login" if os.geteuid() == 0 else "  chroot =",
    )


def _ssl_settings(root: Path) -> str:
    # "yes", not "required": plaintext LOGIN stays allowed; STARTTLS and imaps are offered.
    return (
        "ssl = yes\n"
        f"ssl_cert = <{root}/tls/server.pem\n"
        f"ssl_key = <{root}/tls/server.key\n"
        "ssl_min_protocol = TLSv1.2"
    )


def _identity() -> str:
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        return _ROOT_IDENTITY.format(uid=nobody.pw_uid, gid=nobody.pw_gid)
    me = pwd.getpwuid(os.geteuid())
    group = grp.getgrgid(os.getegid()).gr_name
    return _ROOTLESS_IDENTITY.format(user=me.pw_name, group=group, uid=me.pw_uid, gid=os.getegid())
