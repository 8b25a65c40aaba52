#!/usr/bin/env bash
# Builds, from a clean checkout, every file a médiateur downloads, into dist/:
#
#   diagnum-VERSION-windows-x86_64.zip   diagnum.exe, LISEZMOI.txt, LICENSE.txt (Windows 10/11)
#   diagnum-VERSION-linux-x86_64.tar.gz  static (musl) program, man page, completions, docs
#   diagnum-VERSION-linux-i686.tar.gz    the same for 32-bit PCs (a processor with SSE2)
#   diagnum_VERSION-1_amd64.deb          Debian, Ubuntu, Emmabuntüs (the static program)
#   diagnum_VERSION-1_i386.deb           the same for 32-bit PCs
#   SHA256SUMS
#
#   scripts/dist.sh
#
# Installs what is missing, once (root or sudo for Debian's packages): mingw (Windows
# linker), gcc-multilib, zip, lintian; the Rust targets; cargo-deb (crates.io). Then it
# checks what it built: both Linux programs run a plain diagnostic, the .exe needs no DLL
# beside it, lintian finds no error in the .debs. About 6 minutes on 2 cores from scratch.
# Dates inside the files are the last commit's (SOURCE_DATE_EPOCH), so a commit rebuilds
# to the same archives.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/tools.sh
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
commit=$(git rev-parse --short HEAD)
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}"
linux_targets=(x86_64-unknown-linux-musl i686-unknown-linux-musl)
windows_target=x86_64-pc-windows-gnu
cargo_deb_version=3.8.0
dist="$PWD/dist"
assets="$PWD/target/dist-assets" # the paths [package.metadata.deb] names
stage="$CARGO_TARGET_DIR/dist-stage"

step "diagnum $version (commit $commit) → dist/"
if [ -n "$(git status --porcelain)" ]; then
    note "warning: the checkout has uncommitted changes; they go into the build:"
    git status --short | sed 's/^/      /' >&2
fi

apt_ensure gcc-mingw-w64-x86-64 gcc-multilib zip lintian file
rust_target_ensure "${linux_targets[@]}" "$windows_target"
if ! cargo deb --version 2>/dev/null | grep -q "$cargo_deb_version"; then
    step "Installing cargo-deb $cargo_deb_version (crates.io)"
    cargo install cargo-deb --locked --version "$cargo_deb_version" -q
fi

for t in "${linux_targets[@]}" "$windows_target"; do
    step "Building the program for $t (release)"
    cargo build --release --locked --target "$t" -q
done

step "Writing the man pages and shell completions (cargo run --example dist-assets)"
rm -rf "$assets"
# Built like the tests (an example needs the dev-dependencies, one of them C code that a musl
# target could not compile here): already built after a `cargo test`.
cargo run --locked -q --example dist-assets -- "$assets" >/dev/null
maintainer=$(sed -n 's/^maintainer = "\(.*\)"$/\1/p' Cargo.toml)
copyright=$(sed -n 's/^copyright = "\(.*\)"$/\1/p' Cargo.toml)
# Debian's machine-readable copyright: the licence text indented, empty lines as " .".
{
    printf '%s\n' \
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/" \
        "Upstream-Name: diagnum" "Upstream-Contact: $maintainer" "" \
        "Files: *" "Copyright: $copyright" "License: AGPL-3.0-or-later" "" \
        "License: AGPL-3.0-or-later"
    sed -e 's/^[[:space:]]*$/./' -e 's/^/ /' LICENSE
} >"$assets/copyright"
cat >"$assets/changelog.Debian" <<EOF
diagnum ($version-1) unstable; urgency=medium

  * diagnum $version, paquet construit par scripts/dist.sh depuis le commit
    $commit. Les changements du programme sont dans changelog.gz, à côté.

 -- $maintainer  $(LC_ALL=C date -u -R -d "@$SOURCE_DATE_EPOCH")
EOF

rm -rf "$dist" "$stage"
mkdir -p "$dist" "$stage"
stamp() { find "$1" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +; }
crlf() { sed 's/\r*$/\r/' "$1"; }

step "Windows zip"
name="diagnum-$version-windows-x86_64"
mkdir "$stage/$name"
cp "$CARGO_TARGET_DIR/$windows_target/release/diagnum.exe" "$stage/$name/"
sed "s/@VERSION@/$version/g" packaging/windows/LISEZMOI.txt | sed 's/\r*$/\r/' \
    >"$stage/$name/LISEZMOI.txt"
crlf LICENSE >"$stage/$name/LICENSE.txt"
stamp "$stage/$name"
# The files at the root of the zip: "Extraire tout" already makes the folder.
(cd "$stage/$name" && zip -X -9 -q "$dist/$name.zip" diagnum.exe LISEZMOI.txt LICENSE.txt)

for t in "${linux_targets[@]}"; do
    arch=${t%%-*}
    name="diagnum-$version-linux-$arch"
    step "Linux tarball $name.tar.gz"
    d="$stage/$name"
    mkdir -p "$d/completions"
    install -m 755 "$CARGO_TARGET_DIR/$t/release/diagnum" "$d/diagnum"
    install -m 644 "$assets/diagnum.1" README.md CHANGELOG.md LICENSE "$d/"
    install -m 644 "$assets"/completions/* "$d/completions/"
    stamp "$d"
    tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
        -C "$stage" -cf - "$name" | gzip -9n >"$dist/$name.tar.gz"
done

for t in "${linux_targets[@]}"; do
    step "Debian package for $t"
    cargo deb --no-build --locked --target "$t" --output "$dist/" 2>&1 |
        grep -v '^warning: No \$auto deps' >&2 || true
done

step "Checking what was built"
answers=benches/abc-diag.answers
for t in "${linux_targets[@]}"; do
    bin="$CARGO_TARGET_DIR/$t/release/diagnum"
    file -b "$bin" | grep -q 'statically linked\|static-pie linked' ||
        { note "FAILED: $t is not static: $(file -b "$bin")"; exit 1; }
    check_dir=$(mktemp -d)
    if "$bin" --lang fr --data-dir "$check_dir" run abc-diag --plain --seed 1 <"$answers" |
        grep -q 'Votre résultat'; then
        note "ok: $t is static and runs a plain diagnostic"
    else
        note "FAILED: $t did not run a plain diagnostic"
        exit 1
    fi
    rm -rf "$check_dir"
done
imports=$(x86_64-w64-mingw32-objdump -p "$CARGO_TARGET_DIR/$windows_target/release/diagnum.exe" |
    sed -n 's/^\s*DLL Name: //p' | tr '\n' ' ')
if grep -qiE 'libgcc|libwinpthread|libstdc|bcryptprimitives\.dll.*shim' <<<"$imports" ||
    unzip -l "$dist/diagnum-$version-windows-x86_64.zip" | grep -qi '\.dll'; then
    note "FAILED: the Windows program needs a DLL that is not shipped: $imports"
    exit 1
fi
note "ok: diagnum.exe imports Windows' own DLLs only: $imports"
for deb in "$dist"/*.deb; do
    # Overridden tags (packaging/deb/lintian-overrides, with the reasons) show as O: lines;
    # lintian counts them as failures when it shows them, so the verdict is a second run.
    lintian --show-overrides --fail-on none "$deb" >"$stage/lintian.log" 2>&1 || true
    if ! lintian --fail-on error "$deb" >/dev/null 2>&1; then
        note "FAILED: lintian $(basename "$deb"):"
        sed 's/^/      /' "$stage/lintian.log" >&2
        exit 1
    fi
    note "ok: lintian $(basename "$deb"): no error ($(grep -c '^W:' "$stage/lintian.log" || true) warning(s))"
    grep -v 'running with root privileges' "$stage/lintian.log" | sed 's/^/      /' >&2 || true
done

(cd "$dist" && sha256sum -- *.zip *.tar.gz *.deb >SHA256SUMS)
step "dist/ (size in bytes, SHA-256):"
(cd "$dist" && for f in *.zip *.tar.gz *.deb; do
    printf '    %-44s %9s  %s\n' "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d' ' -f1)"
done) >&2
