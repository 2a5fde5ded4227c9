"""The files of a Maildir++ tree as Dovecot lays them out, read and written atomically.

One job: the file-level mechanics `daemon.shell.maildir_inbox` builds on: folder names on disk
(modified UTF-7, RFC 3501 §5.1.3), creating a folder and subscribing to it, our
`dunmail-uidlist`, Dovecot's `dovecot-keywords`, and the `:2,` info letters of a file name. Every
rewrite goes through a temp file, fsync and rename, so a crash never leaves half a file. It must
not scan folders, number messages or read mail, and must not decide anything about the mail.

Layout: INBOX is the root (new/, cur/, tmp/); "AR/Needs action" is the directory
".AR.Needs action" with a `maildirfolder` file. A level containing "." cannot be stored ("." is
Maildir++'s separator; Dovecot refuses it too without a name-escape option), so such a name is a
`MailboxError`, never silently changed.

Flags: the `:2,` info letters (D \\Draft, F \\Flagged, R \\Answered, S \\Seen, T \\Deleted);
keywords are the letters a-z mapped in the folder's `dovecot-keywords` ("0 $AR-Processed").
"""

from __future__ import annotations

import base64
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from daemon.shell.imap_connection import MailboxError

__all__ = [
    "INFO",
    "KEYWORDS",
    "UIDLIST",
    "flag_names",
    "folder_path",
    "info",
    "keywords",
    "letters",
    "make_folder",
    "read_uidlist",
    "write_uidlist",
]

UIDLIST = "dunmail-uidlist"
KEYWORDS = "dovecot-keywords"
INFO = ":2,"
_SYSTEM = {"D": "\\Draft", "F": "\\Flagged", "R": "\\Answered", "S": "\\Seen", "T": "\\Deleted"}
_LETTER = {name: letter for letter, name in _SYSTEM.items()}


# -- folders -----------------------------------------------------------------------------------


def folder_path(root: Path, folder: str) -> Path:
    """The directory of `folder` ("INBOX", "AR/Needs action") in the tree at `root`."""
    parts = [part for part in folder.split("/") if part]
    if not parts:
        raise MailboxError(f"not a folder name: {folder!r}")
    if len(parts) == 1 and parts[0].upper() == "INBOX":
        return root
    if any("." in part for part in parts):
        raise MailboxError(f"folder {folder!r}: '.' separates Maildir++ levels")
    return root / ("." + ".".join(_utf7(part) for part in parts))


def make_folder(root: Path, folder: str) -> Path:
    """The directory of `folder`, created and subscribed to when it does not exist yet."""
    path = folder_path(root, folder)
    if not (path / "cur").is_dir():
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)
        (path / "maildirfolder").touch()
        _subscribe(root, [_utf7(part) for part in folder.split("/") if part])
    return path


def _subscribe(root: Path, levels: Sequence[str]) -> None:
    """Add the folder to Dovecot's `subscriptions` (version 2: levels separated by a tab)."""
    path = root / "subscriptions"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    if not text.startswith("V\t2\n"):
        text = "V\t2\n\n" + text  # an empty or old-style list: old names stay as they were
    name = "\t".join(levels)
    if name not in text.splitlines():
        _replace(path, text + name + "\n")


def _utf7(text: str) -> str:
    """Modified UTF-7 (RFC 3501 §5.1.3): how Dovecot names non-ASCII folders on disk."""
    out, pending = [], []
    for char in [*text, ""]:
        if char and not 0x20 <= ord(char) <= 0x7E:
            pending.append(char)
            continue
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            out.append("&" + encoded.rstrip("=").replace("/", ",") + "-")
            pending.clear()
        out.append("&-" if char == "&" else char)
    return "".join(out)


# -- UIDs --------------------------------------------------------------------------------------


def read_uidlist(path: Path) -> tuple[int, int, dict[str, int]] | None:
    """(UIDVALIDITY, next UID, basename -> UID) of folder `path`; None when there is none yet."""
    try:
        lines = (path / UIDLIST).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    if not lines:
        return None
    validity, next_uid = (int(word) for word in lines[0].split())
    uids = {name: int(uid) for uid, name in (line.split(" ", 1) for line in lines[1:] if line)}
    return validity, next_uid, uids


def write_uidlist(path: Path, uidvalidity: int, next_uid: int, uids: Mapping[str, int]) -> None:
    """Replace folder `path`'s uidlist: "<uidvalidity> <next uid>", then "<uid> <basename>"."""
    lines = [f"{uidvalidity} {next_uid}"]
    lines += [f"{uid} {name}" for name, uid in sorted(uids.items(), key=lambda x: x[1])]
    _replace(path / UIDLIST, "\n".join(lines) + "\n")


# -- flags and keywords ------------------------------------------------------------------------


def info(path: Path) -> str:
    """The info letters of a message file; a file in new/ has none yet."""
    return path.name.partition(INFO)[2] if path.parent.name == "cur" else ""


def flag_names(letters: str, names: Mapping[str, str]) -> frozenset[str]:
    """The flags of info `letters`, keywords named by `names` (letter -> keyword)."""
    return frozenset(_SYSTEM.get(letter) or names.get(letter, "") for letter in letters) - {""}


def keywords(path: Path) -> dict[str, str]:
    """keyword -> letter, from Dovecot's `dovecot-keywords` ("0 $AR-Processed" is "a")."""
    try:
        lines = (path / KEYWORDS).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    found = {}
    for line in lines:
        number, _space, name = line.partition(" ")
        if number.isdigit() and int(number) < 26 and name:
            found[name] = chr(ord("a") + int(number))
    return found


def letters(path: Path, flags: Iterable[str]) -> str:
    """The info letters of `flags` in folder `path`, new keywords added to its keywords file."""
    known = keywords(path)
    wanted = [flag for flag in flags if not flag.startswith("\\") and flag not in known]
    free = sorted(set("abcdefghijklmnopqrstuvwxyz") - set(known.values()))
    if len(wanted) > len(free):
        raise MailboxError(f"{path.name or 'INBOX'}: Maildir allows at most 26 keywords")
    if wanted:
        known.update(zip(wanted, free, strict=False))
        lines = sorted((ord(letter) - ord("a"), name) for name, letter in known.items())
        _replace(path / KEYWORDS, "".join(f"{number} {name}\n" for number, name in lines))
    found = {_LETTER.get(flag) or known.get(flag, "") for flag in flags}
    return "".join(sorted(found - {""}))  # ASCII order, as Maildir wants


# -- writing -----------------------------------------------------------------------------------


def _replace(path: Path, text: str) -> None:
    """Write `text` to a temp file, fsync, then rename over `path`: never half a file."""
    temp = path.with_name(path.name + ".tmp")  # no leading ".": Maildir++ would see a folder
    with temp.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    temp.replace(path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself
    finally:
        os.close(directory)
