"""Password protection of backups taken away on removable media (mã hóa bản sao lưu).

AES-256-GCM with a key derived from the password by scrypt. The file is a short
header (magic, scrypt parameters, salt, nonce) followed by the ciphertext and its
tag; the header is authenticated too, so any change to the file, like a wrong
password, makes decryption fail instead of yielding damaged data.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from desktop_app.errors import UserError, ValidationError
from desktop_app.private_files import open_private

MAGIC = b"SOCHIBO-ENC\x00\x01"
_HEADER = struct.Struct(">14sBBB16s12s")  # magic, log2(n), r, p, salt, nonce
SCRYPT_LOG2_N = 15  # 32 MiB of memory, a fraction of a second on an office PC
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSWORD_LENGTH = 8

PASSWORD_WARNING = (
    "Nếu quên mật khẩu, không ai mở lại được bản sao lưu này, kể cả người viết chương "
    "trình: mật khẩu không thể khôi phục. Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn."
)


class WrongPasswordError(UserError):
    """Decryption failed: wrong password or an altered file."""


class PasswordRequiredError(UserError):
    """The backup is encrypted and no password was given."""


def is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_new_password(password: str, confirmation: str) -> None:
    """Raise ValidationError (per field) unless *password* is usable and confirmed."""
    fields = {}
    if len(password) < MIN_PASSWORD_LENGTH:
        fields["password"] = f"Mật khẩu cần ít nhất {MIN_PASSWORD_LENGTH} ký tự."
    elif password != confirmation:
        fields["confirmation"] = "Hai lần nhập mật khẩu không giống nhau."
    if fields:
        raise ValidationError(fields)


# cryptography is imported where used: the GUI imports this module at start-up, and only
# an encrypted backup needs the library (it takes a noticeable part of a cold start).


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p)
    return kdf.derive(password.encode("utf-8"))


def encrypt_file(source: Path, target: Path, password: str) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(16)
    nonce = os.urandom(12)
    header = _HEADER.pack(MAGIC, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    plain = Path(source).read_bytes()
    ciphertext = AESGCM(key).encrypt(nonce, plain, header)
    with open_private(target, "wb") as handle:
        handle.write(header)
        handle.write(ciphertext)
        handle.flush()
        os.fsync(handle.fileno())
    # Read back what reached the disk: a backup that cannot be decrypted is worse than none.
    written = Path(target).read_bytes()
    try:
        same = AESGCM(key).decrypt(nonce, written[_HEADER.size:], written[: _HEADER.size]) == plain
    except InvalidTag:
        same = False
    if not same:
        raise OSError(5, "Bản sao lưu có mật khẩu vừa ghi không đọc lại được")


def decrypt_file(source: Path, target: Path, password: str | None) -> None:
    """Write the plain database of *source* to *target*; raise a Vietnamese error."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not password:
        raise PasswordRequiredError(
            "Bản sao lưu này được bảo vệ bằng mật khẩu. Hãy nhập mật khẩu đã đặt khi sao lưu."
        )
    data = Path(source).read_bytes()
    if len(data) < _HEADER.size + 16 or not data.startswith(MAGIC):
        raise WrongPasswordError(f"Tệp “{source}” không phải bản sao lưu có mật khẩu hợp lệ.")
    header = data[: _HEADER.size]
    _magic, log2_n, r, p, salt, nonce = _HEADER.unpack(header)
    if not (10 <= log2_n <= 22 and 1 <= r <= 32 and 1 <= p <= 16):
        raise WrongPasswordError(f"Tệp “{source}” bị hỏng (phần đầu tệp không hợp lệ).")
    try:
        plain = AESGCM(_key(password, salt, log2_n, r, p)).decrypt(
            nonce, data[_HEADER.size:], header
        )
    except InvalidTag:
        raise WrongPasswordError(
            f"Mật khẩu không đúng cho bản sao lưu “{Path(source).name}” (hoặc tệp đã bị sửa "
            "đổi). Hãy nhập lại mật khẩu đã đặt khi sao lưu; chữ hoa và chữ thường được coi "
            "là khác nhau."
        ) from None
    with open_private(target, "wb") as handle:
        handle.write(plain)
        handle.flush()
        os.fsync(handle.fileno())
