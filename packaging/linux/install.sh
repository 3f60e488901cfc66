#!/usr/bin/env bash
# Installs Makerspace Kiosk on a Debian/Ubuntu branch terminal.
# Usage: sudo packaging/linux/install.sh KIOSK_USER
set -euo pipefail
kiosk_user=${1:?usage: install.sh KIOSK_USER}
src=$(cd "$(dirname "$0")/../.." && pwd)
prefix=/opt/makerspace-kiosk

# Fonts for patron names on printed cards in scripts the bundled fonts lack: fonts-noto-cjk
# (Chinese, Japanese, Korean), fonts-noto-core (Indic and other scripts), fonts-symbola (emoji).
# The screens' own Chinese comes from the bundled subset, so the kiosk works without them.
apt-get install -y python3 python3-venv libegl1 libxkbcommon0 libfontconfig1 fonts-noto-cjk \
  fonts-noto-core fonts-symbola
# The kiosk reads its theme, fonts and translations from the source tree's assets/ folder,
# so the tree is copied next to the virtualenv and installed from there.
install -d "$prefix"
rm -rf "$prefix/src"
cp -r "$src" "$prefix/src"
rm -rf "$prefix/src/.git" "$prefix/src/.venv"
python3 -m venv "$prefix/venv"
"$prefix/venv/bin/pip" install -e "$prefix/src[postgres]"

install -m 0644 "$src/packaging/linux/99-makerspace-kiosk.rules" /etc/udev/rules.d/
udevadm control --reload || true
usermod -a -G dialout "$kiosk_user"

home=$(getent passwd "$kiosk_user" | cut -d: -f6)
install -d -o "$kiosk_user" "$home/.config/systemd/user" "$home/.config/makerspace-kiosk"
install -m 0644 -o "$kiosk_user" "$src/packaging/linux/makerspace-kiosk.service" \
  "$home/.config/systemd/user/"
if [ ! -e "$home/.config/makerspace-kiosk/kiosk.toml" ]; then
  install -m 0600 -o "$kiosk_user" "$src/packaging/kiosk.example.toml" \
    "$home/.config/makerspace-kiosk/kiosk.toml"
  echo "Edit $home/.config/makerspace-kiosk/kiosk.toml (library name, card keys), then:"
fi
echo "  sudo -u $kiosk_user systemctl --user enable --now makerspace-kiosk.service"
