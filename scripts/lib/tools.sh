# Shared by scripts/dist.sh and scripts/wine-test.sh (sourced, not run): say what is being
# done, and install what is missing, once. Debian packages need root (or sudo) and apt.

step() { printf '\n==> %s\n' "$*" >&2; }
note() { printf '    %s\n' "$*" >&2; }

# apt_ensure PACKAGE...: installs the Debian packages that are not installed yet.
apt_ensure() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    step "Installing from Debian: ${missing[*]}"
    local sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    if [ -z "${TOOLS_APT_UPDATED:-}" ]; then
        $sudo apt-get update -q >/dev/null
        TOOLS_APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# rust_target_ensure TRIPLE...: adds the Rust standard libraries of these targets.
rust_target_ensure() {
    local t installed
    installed=$(rustup target list --installed)
    for t in "$@"; do
        if ! grep -qx "$t" <<<"$installed"; then
            step "Adding the Rust target $t (rustup)"
            rustup target add "$t" >/dev/null
        fi
    done
}

# windows_path /abs/path: the same place as Wine shows it to a Windows program (Z: is /).
windows_path() {
    printf 'Z:%s' "${1//\//\\}"
}
