#!/usr/bin/env bash
# The PGXN distribution: make dist writes referat-<version>.zip holding exactly
# the files git tracks at HEAD, in one folder referat-<version>/; META.json
# (in the repository and in the zip) carries the spec's mandatory fields, a
# license value the spec allows and the version of default_version in
# referat.control, and so does debian/changelog.  Needs no database.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" referat.control)
[[ -n $version ]] || { echo "no default_version in referat.control" >&2; exit 1; }
zip=$tmp/referat-$version.zip
make -s --no-print-directory dist DIST_ZIP="$zip"

# The zip's files, less the folder, against git's list of HEAD.
python3 - "$zip" "referat-$version/" >"$tmp/zipped" <<-'EOF'
	import sys, zipfile
	path, prefix = sys.argv[1:3]
	for name in zipfile.ZipFile(path).namelist():
	    if name.endswith("/"):
	        continue    # a folder entry
	    if not name.startswith(prefix):
	        sys.exit(f"{name}: not in the folder {prefix}")
	    print(name[len(prefix):])
EOF
git ls-tree -r -z --name-only HEAD | tr '\0' '\n' >"$tmp/tracked"    # names unquoted (æ, ø, å)
if ! diff <(LC_ALL=C sort "$tmp/tracked") <(LC_ALL=C sort "$tmp/zipped"); then
	echo "the zip does not hold exactly the tracked files (< tracked only, > zip only)" >&2
	exit 1
fi
echo "referat-$version.zip: the $(wc -l <"$tmp/zipped") tracked files of HEAD"

# META.json of the working tree and of the zip: the mandatory fields of the
# PGXN Meta Spec 1.0.0, its license values, the versions.
python3 - "$version" "$zip" <<-'EOF'
	import json, re, sys, zipfile
	version, zip_path = sys.argv[1:3]
	# the license strings of the spec (https://pgxn.org/spec/#license)
	LICENSES = {"agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2", "bsd",
	            "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3", "lgpl_2_1",
	            "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1", "openssl", "perl_5",
	            "postgresql", "qpl_1_0", "ssleay", "sun", "zlib", "open_source",
	            "restricted", "unrestricted", "unknown"}
	SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
	with zipfile.ZipFile(zip_path) as z:
	    zipped = json.loads(z.read(f"referat-{version}/META.json"))
	    control = z.read(f"referat-{version}/referat.control").decode()
	if f"default_version = '{version}'" not in control:
	    sys.exit("the zip's referat.control has another default_version")
	for where, meta in (("META.json", json.load(open("META.json"))), ("the zip's META.json", zipped)):
	    missing = [k for k in ("name", "version", "abstract", "maintainer", "license",
	                           "provides", "meta-spec") if not meta.get(k)]
	    if missing:
	        sys.exit(f"{where}: mandatory fields missing: {missing}")
	    if meta["meta-spec"].get("version") != "1.0.0":
	        sys.exit(f"{where}: meta-spec version is not 1.0.0")
	    licenses = meta["license"] if isinstance(meta["license"], list) else [meta["license"]]
	    if not all(isinstance(l, str) and l in LICENSES for l in licenses):
	        sys.exit(f"{where}: license {meta['license']!r} is not a value of the spec")
	    versions = {"version": meta["version"], "provides.referat.version": meta["provides"]["referat"]["version"]}
	    for field, v in versions.items():
	        if not SEMVER.match(v) or v != version:
	            sys.exit(f"{where}: {field} is {v!r}, default_version in referat.control {version!r}")
	    if meta["prereqs"]["runtime"]["requires"].get("PostgreSQL") != "15.0.0":
	        sys.exit(f"{where}: the runtime prerequisite is not PostgreSQL 15")
	print(f"META.json: version {version} as referat.control, license {meta['license']!r}")
EOF

# The Debian package carries the same upstream version (0.2.0-1 for 0.2.0).
deb=$(dpkg-parsechangelog -l debian/changelog -S Version)
[[ ${deb%-*} == "$version" ]] || { echo "debian/changelog: version $deb, referat.control $version" >&2; exit 1; }
echo "debian/changelog: $deb"
