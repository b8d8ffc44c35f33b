# Sourced by the bench entry scripts: installs, from Debian's packages, what the benchmarks run.
#   require_alembic [python modules...]   Alembic and SQLAlchemy for /usr/bin/python3, plus the modules named
#   require_clients                        sqlite3 and psql
#   require_mariadb_client                 mariadb
#   require_java                           a JDK and Maven to build retort

apt_install() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing $* ..." >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2 \
        || { $sudo apt-get update -q >&2 && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >&2; }
}

require_alembic() {
    [ -x /usr/bin/python3 ] || apt_install python3
    # Debian's Alembic 1.8.1 lives in /usr/bin/python3's dist-packages (there is no `alembic` script).
    local modules="alembic, sqlalchemy" packages="python3-alembic python3-sqlalchemy" module
    for module in "$@"; do
        modules="$modules, $module"
        packages="$packages python3-$module"
    done
    env -u PYTHONPATH -u PYTHONHOME /usr/bin/python3 -c "import $modules" 2>/dev/null || apt_install $packages
}

require_clients() {
    command -v sqlite3 >/dev/null || apt_install sqlite3
    command -v psql >/dev/null || apt_install postgresql-client
}

require_mariadb_client() {
    command -v mariadb >/dev/null || apt_install mariadb-client
}

require_java() {
    command -v java >/dev/null && command -v javac >/dev/null || apt_install openjdk-17-jdk-headless
    command -v mvn >/dev/null || apt_install maven
}
