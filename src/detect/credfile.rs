//! Credential files whose lines are `user` and `password` with no name in front of the
//! password: rsync's secrets file (`user:password`), PgBouncer's `userlist.txt` (`"user"
//! "password"`), Jetty/ActiveMQ realm files (`user: password, role`), Apache Shiro's `[users]`
//! section (`user = password, role`), an OpenVPN `auth-user-pass` file (user, then password),
//! `.htpasswd` (`user:password`, hashes pass), an Ansible vault password file (the password),
//! cloud-init's `chpasswd` list (`user:password`), a RADIUS/TACACS+ server's `key` on
//! network gear, CouchDB's `[admins]` (`name = password`), Asterisk's `secret=` lines, Postfix's
//! `sasl_passwd` (`<next hop> user:password`), Exim's `passwd.client` (`host:user:password`),
//! Oxidized's `router.db` (`name:model:user:password`) and a MongoDB replica set's key file
//! (base64 lines), ActiveMQ/Artemis `users.properties` (`user = password`) and a Mosquitto
//! password file not yet hashed (`user:password`), libpq's `.pgpass` (`host:port:db:user:password`),
//! a file named for the one secret it holds (`secrets/db_password.txt`, a service binding's
//! `password`, `unseal-key-0`, `*.token`: its one line under a name made of the file's name)
//! and a SIM card batch's key columns (`ki`, `opc` beside `imsi`/`iccid`). The file's name (or
//! the block the line sits in) says what the value is, so
//! the detector scans such a line again as `password = "<value>"` (an exported settings table,
//! `NAME,value` in CSV, as `NAME = "<value>"`), and the generic rule's
//! filters judge the value as they judge any password: placeholders, hashes (`MD5:…`,
//! `$shiro1$…`, `SCRAM-SHA-256$…`), references and words pass.
//!
//! The same per-file facts say whether a file is an app's own (`File::client_app`): the keys
//! providers make to ship inside apps are not secrets there (`filters::public_in_app`).

use super::pair::Paired;

/// What a file's name says about its lines, worked out once per file.
pub struct File {
    kind: Kind,
    /// An OpenVPN credentials file: `auth.txt`, `*.auth`, `auth-user-pass*` in a VPN's folder.
    vpn_auth: bool,
    /// Not source code: cloud-init `chpasswd` lists and RADIUS/TACACS+ keys may be in it.
    config: bool,
    /// A mobile, desktop or game app's file (Android resources and manifests, Gradle scripts,
    /// iOS plists and xcconfigs, Expo configs, Flutter, Swift, Objective-C and Kotlin sources,
    /// Unity assets, Godot and Unreal configs): what it holds ships inside the app.
    pub client_app: bool,
    /// A web page's own file (HTML, a component of Vue, Svelte, Astro or JSX, Next.js's
    /// `_document`/`_app`): what it holds is sent to every browser.
    pub browser: bool,
    /// Of those, the configuration files made to hold an app's keys (Android resources,
    /// manifests and Gradle scripts, plists, xcconfigs, Expo configs, `google-services.json`,
    /// `firebase_options.dart`, Unity assets, Godot and Unreal configs), not its source code.
    pub app_config: bool,
    /// Pi-hole's `setupVars.conf`: its `WEBPASSWORD` is the password's double SHA-256.
    pub pihole_setup: bool,
    /// The name a `NamedSecret` file's value goes under (see `named_secret_name`:
    /// `db_password`, `harbor_dbpass_password`).
    secret_name: Vec<u8>,
    /// An INI file's `[users]` hold hashes (`hashed_realm`), read once per file when needed.
    hashed_realm: std::cell::OnceCell<bool>,
    /// A CSV/TSV export's header (its first line), read once per file when needed.
    header: std::cell::OnceCell<Option<Header>>,
}

/// The header of a CSV/TSV export: its separator, its number of fields, and the columns whose
/// names may hold a secret (index, name).
struct Header {
    sep: u8,
    fields: usize,
    secret_columns: Vec<(usize, Vec<u8>)>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    RsyncSecrets,
    PgBouncerUsers,
    Realm,
    Ini,
    Table,
    /// The whole file is one password (Ansible's `--vault-password-file`).
    VaultPassword,
    /// The whole file is a shared key in base64 (a MongoDB replica set's `keyFile`).
    KeyFile,
    /// Asterisk's `sip.conf`, `iax.conf`, `manager.conf`, `users.conf`: `secret=` is a peer's,
    /// a trunk's or an AMI user's password (`md5secret=` its hash).
    Asterisk,
    /// Postfix's `sasl_passwd` map: `<next hop>  user:password`.
    SaslPasswd,
    /// Exim's `passwd.client`: `host:user:password`.
    EximPasswdClient,
    /// Oxidized's `router.db`: `name:model:username:password`.
    OxidizedRouterDb,
    /// Wowza Streaming Engine's `conf/publish.password`: `<user> <password>` per line; and
    /// Wazuh's `client.keys`, `<id> <name> <ip> <key>`: the last field.
    WowzaPublish,
    /// Wowza Streaming Engine's `conf/admin.password`: `<user> <password> <groups>`.
    WowzaAdmin,
    /// davfs2's `secrets`: `<url or mount point> <user> <password>`.
    Davfs2Secrets,
    /// Deluge's `auth`: `<user>:<password>:<level>`.
    DelugeAuth,
    /// Subversion's cached credentials (`auth/svn.simple/<md5 of the realm>`): `K 8`,
    /// `password`, `V <length>`, then the password in plain text on its own line.
    SvnSimple,
    /// Pre-shared key files: stunnel's `psk.txt` (`identity:key` lines), a Zabbix agent's
    /// `zabbix_agentd.psk` (the key alone, in hex).
    PskFile,
    /// pppd's `chap-secrets` and `pap-secrets` (L2TP/PPTP VPN users): the third field.
    PppSecrets,
    /// google-authenticator-libpam's `~/.google_authenticator`: the TOTP seed (base32) on the
    /// first line, then options and scratch codes.
    GoogleAuthenticator,
    /// A file that holds one secret on its own (Truffle's `.secret` and `.mnemonic` with a
    /// wallet's recovery phrase): the line as `secret = "…"`.
    SecretFile,
    /// Sui's `sui.keystore`: a JSON list of private keys in base64 (a flag byte and 32 bytes).
    SuiKeystore,
    /// A Chainlink node's `.api` file: the operator's e-mail, then the password.
    ChainlinkApi,
    /// A list of account recovery (backup) codes, by its name (`github-recovery-codes.txt`).
    RecoveryCodes,
    /// A file named for the one secret it holds (`secrets/db_password.txt` of a Compose
    /// secret, a service binding's `password`, `jupyterhub_cookie_secret`, `unseal-key-0`,
    /// `twilio.token`, `admin.pass`): its one line, under a name made of the file's name.
    NamedSecret,
    /// libpq's password file (`~/.pgpass`, `pgpass.conf`): `host:port:database:user:password`,
    /// whatever the port.
    PgPass,
    /// subfinder's and other recon tools' `provider-config.yaml`: each provider's API keys as a
    /// list (`shodan:` then `- <key>`, `censys:` then `- <id>:<secret>`).
    ProviderKeyList,
    Other,
}

/// Words in the names of files that list account recovery codes (see `Kind::RecoveryCodes`).
const RECOVERY_CODE_FILES: &[&str] = &[
    "recovery-code",
    "recovery_code",
    "recovery code",
    "backup-code",
    "backup_code",
    "backup code",
];

/// Files that hold one secret on their own, by their conventional names (see `Kind::SecretFile`).
const SECRET_FILES: &[&str] = &[
    ".secret",
    ".mnemonic",
    "mnemonic.txt",
    "mnemonic",
    "seed.txt",
    "seed_phrase.txt",
    "seedphrase.txt",
    "recovery_phrase.txt",
    // Mastodon.py's `usercred.secret`: the user's access token alone.
    "usercred.secret",
    // osquery's enroll secret (`--enroll_secret_path`), which enrolls hosts with Fleet or
    // another TLS server.
    "enroll_secret",
    "enroll.secret",
    "enroll-secret",
    // Velocity's modern forwarding secret, shared with every backend Minecraft server.
    "forwarding.secret",
    // The JWT secret an Ethereum execution client and its consensus client share
    // (`--authrpc.jwtsecret`), and an Obol Charon node's ENR private key.
    "jwt.hex",
    "jwtsecret",
    "jwtsecret.hex",
    "charon-enr-private-key",
];

/// Shared-key files, by their conventional names: a MongoDB replica set's `keyFile`
/// (`openssl rand -base64 756`), which every member uses to authenticate to the others.
const KEY_FILES: &[&str] = &[
    "keyfile",
    "mongodb-keyfile",
    "mongo-keyfile",
    "mongodb.key",
    "replica.key",
];

/// Asterisk's channel and manager configurations (and their included parts, `sip_trunks.conf`).
fn is_asterisk_config(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".conf") else {
        return false;
    };
    ["sip", "iax", "manager", "users", "pjsip"].iter().any(|c| {
        stem == *c
            || stem
                .strip_prefix(c)
                .is_some_and(|r| r.starts_with(['_', '-']))
    })
}

/// Is a file, by its name, one that holds a secret alone (`db_password.txt`, `node-token`,
/// `api_key`, `fernet.key`, `admin.pass`, `twilio.token`, `cookie.secret`)? Its words say
/// password, secret, token or key (not a public key's, a hash's or an id's), and its extension,
/// if any, is plain text or says what it holds.
fn is_named_secret_file(name: &str) -> bool {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.trim_start_matches('.').is_empty() => (stem, ext),
        _ => (name, ""),
    };
    const EXTENSIONS: &[&str] = &[
        "", "txt", "pass", "passwd", "password", "pwd", "dbpass", "secret", "token", "key",
        "apikey",
    ];
    // An Erlang node's cookie file, as `erl` writes it into the home directory.
    if matches!(name, ".erlang.cookie" | "erlang.cookie") {
        return true;
    }
    // (Not the system's account databases, `passwd` and `shadow`: their lines are records.)
    if !EXTENSIONS.contains(&ext) || ["passwd", "shadow", "passwd-", "shadow-"].contains(&name) {
        return false;
    }
    let words: Vec<&str> = stem
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    const NOT_SECRET: &[&str] = &[
        "public",
        "pub",
        "publickey",
        "id",
        "ids",
        "name",
        "names",
        "user",
        "username",
        "url",
        "host",
        "path",
        "file",
        "hash",
        "hashed",
        "sha",
        "sha256",
        "md5",
        "checksum",
        "fingerprint",
        "cert",
        "example",
        "sample",
        "template",
        "policy",
        "rotation",
        "length",
        "expiry",
        "type",
        "format",
    ];
    if words.iter().any(|w| NOT_SECRET.contains(w)) {
        return false;
    }
    const KEY_WORDS: &[&str] = &[
        "key",
        "apikey",
        "privatekey",
        "secretkey",
        "masterkey",
        "passphrase",
        "cred",
    ];
    // (An extension other than `.txt` says what the file holds: `.pass`, `.token`, `.key` ….)
    !matches!(ext, "" | "txt")
        || words.iter().any(|w| {
            w.ends_with("pass")
                || w.ends_with("passwd")
                || w.ends_with("password")
                || w.ends_with("secret")
                || w.ends_with("token")
                || KEY_WORDS.contains(w)
        })
}

/// The name a `NamedSecret` file's value is judged under: the file's name in snake case and
/// what it holds (`requirepass.txt` → `requirepass_password`, `wg0.key` → `wg0_key`).
fn named_secret_name(name: &str) -> Vec<u8> {
    let stem = name
        .strip_suffix(".txt")
        .unwrap_or(name)
        .trim_start_matches('.');
    let mut out: Vec<u8> = stem
        .bytes()
        .map(|b| if b.is_ascii_alphanumeric() { b } else { b'_' })
        .collect();
    let lower = out.to_ascii_lowercase();
    if lower == b"erlang_cookie" {
        return out;
    }
    let has = |w: &[u8]| lower.windows(w.len()).any(|x| x == w);
    let class: &[u8] = if has(b"pass") || has(b"pwd") {
        b"password"
    } else if has(b"secret") {
        b"secret"
    } else if has(b"token") {
        b"token"
    } else {
        b"key"
    };
    if !lower.ends_with(class) {
        out.push(b'_');
        out.extend_from_slice(class);
    }
    out
}

/// Ansible vault password files, by their conventional names.
const VAULT_PASSWORD_FILES: &[&str] = &[
    ".vault_pass",
    ".vault_pass.txt",
    "vault_pass.txt",
    ".vault-pass",
    ".vault_password",
    "vault_password.txt",
    ".ansible-vault-pass",
    // A Chainlink node's keystore password, an Ethereum validator's keystore password, and the
    // like: one password on its own line.
    ".password",
    "password.txt",
    "keystore_password.txt",
    "keystore-password.txt",
    "wallet_password.txt",
];

impl File {
    pub fn of(path: &str) -> File {
        let lower = path.to_ascii_lowercase();
        let name = lower.rsplit('/').next().unwrap_or(&lower).to_string();
        let kind = if name == "rsyncd.secrets" || name == "rsync.secrets" {
            Kind::RsyncSecrets
        } else if name == "userlist.txt" {
            Kind::PgBouncerUsers
        } else if name.ends_with("realm.properties")
            || name == "artemis-users.properties"
            || (name == "users.properties"
                && (lower.contains("activemq") || lower.contains("artemis")))
        {
            // (ActiveMQ's and Artemis's `users.properties`: `user = password`, or `ENC(…)`.)
            Kind::Realm
        } else if lower.contains("mosquitto")
            && (["passwd", "password_file", "passwordfile", "pwfile"].contains(&name.as_str())
                || name.ends_with(".passwd"))
        {
            // A Mosquitto password file before `mosquitto_passwd -U` hashes it in place
            // (`user:password`; `user:$7$…` passes as a hash).
            Kind::RsyncSecrets
        } else if name == ".htpasswd" || name == "htpasswd" || name.ends_with(".htpasswd") {
            // (Hashes, `$apr1$…`, `{SHA}…`, `$2y$…`, pass the generic filters; plain text,
            // which Apache still accepts on some platforms, does not.)
            Kind::RsyncSecrets
        } else if VAULT_PASSWORD_FILES.contains(&name.as_str())
            // An Ethereum validator keystore's password file, beside its keystore
            // (`validator_keys/passwords/keystore-m_12381_3600_0_0_0-….txt`, Teku's layout).
            || (name.starts_with("keystore-")
                && name.ends_with(".txt")
                && (lower.contains("/passwords/") || lower.starts_with("passwords/")))
        {
            Kind::VaultPassword
        } else if is_asterisk_config(&name) {
            Kind::Asterisk
        } else if name.starts_with("sasl_passwd") && !name.ends_with(".db") {
            Kind::SaslPasswd
        } else if name == "passwd.client" {
            Kind::EximPasswdClient
        } else if name == "router.db" {
            Kind::OxidizedRouterDb
        } else if name == "publish.password" || name == "client.keys" {
            Kind::WowzaPublish
        } else if name == "admin.password" {
            Kind::WowzaAdmin
        } else if name == "secrets" && lower.contains("davfs2/") {
            Kind::Davfs2Secrets
        } else if name == "auth" && lower.contains("deluge/") {
            Kind::DelugeAuth
        } else if lower.contains("svn.simple/") {
            Kind::SvnSimple
        } else if name.ends_with(".psk") || name == "psk.txt" || name.ends_with("psk-secrets.txt") {
            Kind::PskFile
        } else if name == "chap-secrets" || name == "pap-secrets" {
            Kind::PppSecrets
        } else if name == ".google_authenticator" {
            Kind::GoogleAuthenticator
        } else if SECRET_FILES.contains(&name.as_str()) {
            Kind::SecretFile
        } else if name == "sui.keystore" {
            Kind::SuiKeystore
        } else if name == ".api" {
            Kind::ChainlinkApi
        } else if RECOVERY_CODE_FILES.iter().any(|w| name.contains(w)) {
            Kind::RecoveryCodes
        } else if KEY_FILES.contains(&name.as_str()) || name.ends_with(".keyfile") {
            Kind::KeyFile
        } else if name == "provider-config.yaml"
            || (lower.contains("subfinder") && (name.ends_with(".yaml") || name.ends_with(".yml")))
        {
            Kind::ProviderKeyList
        } else if [".pgpass", "pgpass", "pgpass.conf"].contains(&name.as_str()) {
            Kind::PgPass
        } else if is_named_secret_file(&name) {
            Kind::NamedSecret
        } else if name.ends_with(".ini") {
            Kind::Ini
        } else if [".csv", ".tsv", ".tab", ".psv"]
            .iter()
            .any(|x| name.ends_with(x))
        {
            Kind::Table
        } else {
            Kind::Other
        };
        let named = name == "auth.txt"
            || name.ends_with(".auth")
            || name.starts_with("auth-user-pass")
            || name == "credentials.txt"
            || name == "pass.txt"
            || name == "login.conf";
        let vpn_auth = named && (lower.contains("vpn") || name.starts_with("auth-user-pass"));
        // cloud-init user data and network gear's configs are not source code: the checks
        // for their blocks are skipped in code (where they would cost a pass over every line).
        let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
        let config = !SOURCE_EXTENSIONS.contains(&ext);
        File {
            kind,
            vpn_auth,
            config,
            client_app: is_client_app_file(&lower, &name, ext),
            // (Server-side templates of a page too: `application.html.erb`, `.html.haml`.)
            browser: ["html", "htm", "vue", "svelte", "astro", "jsx", "tsx"].contains(&ext)
                || [
                    ".html.erb",
                    ".html.haml",
                    ".html.slim",
                    ".html.twig",
                    ".html.heex",
                ]
                .iter()
                .any(|t| name.ends_with(t))
                || name.starts_with("_document.")
                || name.starts_with("_app.")
                || is_served_script(&lower, ext),
            app_config: is_app_config_file(&lower, &name, ext),
            pihole_setup: name == "setupvars.conf",
            secret_name: if kind == Kind::NamedSecret {
                named_secret_name(&name)
            } else {
                Vec::new()
            },
            hashed_realm: std::cell::OnceCell::new(),
            header: std::cell::OnceCell::new(),
        }
    }
}

/// A script in the folders a web server hands to browsers or a front end's sources
/// (`public/`, `static/`, `wwwroot/`, `frontend/`, `client/`, `web/src/`).
fn is_served_script(lower: &str, ext: &str) -> bool {
    const DIRS: [&str; 5] = ["public/", "static/", "wwwroot/", "frontend/", "client/"];
    ["js", "mjs", "ts"].contains(&ext)
        && (DIRS
            .iter()
            .any(|d| lower.starts_with(d) || lower.contains(&format!("/{d}")))
            || lower.starts_with("web/src/")
            || lower.contains("/web/src/"))
}

/// See `File::client_app` (`lower`: the path in lower case).
fn is_client_app_file(lower: &str, name: &str, ext: &str) -> bool {
    is_app_config_file(lower, name, ext)
        || ["dart", "swift", "kt", "gd", "m", "mm"].contains(&ext)
        || lower.contains("/app/src/main/")
        || (ext == "cs" && (lower.starts_with("assets/") || lower.contains("/assets/")))
}

/// See `File::app_config` (`lower`: the path in lower case).
fn is_app_config_file(lower: &str, name: &str, ext: &str) -> bool {
    const NAMES: &[&str] = &[
        "app.json",
        "app.config.js",
        "app.config.ts",
        "eas.json",
        "info.plist",
        "googleservice-info.plist",
        "androidmanifest.xml",
        "google-services.json",
        "project.godot",
        "defaultengine.ini",
        "defaultgame.ini",
        "firebase_options.dart",
        // Android Studio's per-machine settings, where Google's guides put an app's keys.
        "local.properties",
    ];
    let android_properties = name == "gradle.properties" && lower.contains("android");
    NAMES.contains(&name)
        || android_properties
        || ["xcconfig", "gradle", "asset"].contains(&ext)
        || name.ends_with(".gradle.kts")
        || lower.contains("/res/values")
}

/// Extensions of source code and markup that hold neither a cloud-init list nor a switch's config.
const SOURCE_EXTENSIONS: &[&str] = &[
    "rs", "py", "pyi", "js", "mjs", "cjs", "jsx", "ts", "tsx", "go", "java", "kt", "kts", "scala",
    "c", "h", "cc", "cpp", "hpp", "cs", "fs", "swift", "m", "mm", "rb", "php", "pl", "pm", "lua",
    "r", "jl", "ex", "exs", "erl", "hs", "dart", "groovy", "vue", "svelte", "html", "htm", "css",
    "scss", "md", "rst", "json", "lock", "sum", "xml", "svg", "toml",
];

/// Line `i` rewritten as `password = "<value>"` when the file (or its block) says the line
/// holds a password with no name of its own.
pub fn rewrite(file: &File, lines: &[&[u8]], i: usize) -> Option<Paired> {
    if file.kind == Kind::Other && !file.vpn_auth && !file.config {
        return None;
    }
    let line = *lines.get(i)?;
    let body = line.trim_ascii();
    if body.is_empty() || matches!(body[0], b'#' | b';' | b'!') {
        return None;
    }
    let (start, end) = match file.kind {
        Kind::RsyncSecrets => user_colon_password(line)?,
        Kind::PgBouncerUsers => pgbouncer(line)?,
        Kind::Realm => realm(line)?,
        // A file of one secret: the line as `password = "…"` (or `secret = "…"`, a wallet's
        // recovery phrase for its rule).
        Kind::VaultPassword | Kind::SecretFile
            if lines.iter().filter(|l| !l.trim_ascii().is_empty()).count() == 1 =>
        {
            let at = line.len() - line.trim_ascii_start().len();
            let name: &[u8] = if file.kind == Kind::SecretFile {
                b"secret"
            } else {
                b"password"
            };
            return synthetic(name, line, at, at + body.len());
        }
        // CouchDB's `local.ini`: `[admins]` holds `name = password` until the server hashes
        // it (`-pbkdf2-…`).
        // A key file's first line (the rest of the key runs on below it), when every line is
        // base64: as `secret_key = "<line>"`.
        Kind::KeyFile if i == first_content_line(lines) && is_base64_file(lines) => {
            let at = line.len() - line.trim_ascii_start().len();
            return synthetic(b"secret_key", line, at, at + body.len());
        }
        Kind::Ini if in_section(lines, i, b"[admins]") => realm(line)?,
        Kind::Asterisk => asterisk_secret(line)?,
        Kind::SaslPasswd => sasl_passwd(line)?,
        Kind::EximPasswdClient => exim_passwd_client(line)?,
        Kind::OxidizedRouterDb => router_db(line)?,
        Kind::WowzaPublish => last_field(line)?,
        Kind::WowzaAdmin => nth_field(line, 1)?,
        Kind::Davfs2Secrets => last_field(line).filter(|_| field_count(line) == 3)?,
        Kind::DelugeAuth => deluge_auth(line)?,
        Kind::SvnSimple if svn_password_value(lines, i) => (0, line.len()),
        // (One line with content, in a file of a few lines: the secret and a last newline.)
        Kind::NamedSecret
            if lines.len() <= 4
                && i == first_content_line(lines)
                && lines[i + 1..].iter().all(|l| l.trim_ascii().is_empty())
                && !body.iter().any(u8::is_ascii_whitespace) =>
        {
            let at = line.len() - line.trim_ascii_start().len();
            // (`<id>:<secret>`, s3fs's `passwd-s3fs`: the secret after the id.)
            if body.iter().filter(|&&b| b == b':').count() == 1
                && !body.windows(3).any(|w| w == b"://")
            {
                let (start, end) = user_colon_password(line)?;
                return synthetic(&file.secret_name, line, start, end);
            }
            return synthetic(&file.secret_name, line, at, at + body.len());
        }
        Kind::PgPass => pgpass_password(line)?,
        // (`- <key>`, `- <id>:<secret>`, `- <e-mail>:<key>`: the part after the last colon.)
        Kind::ProviderKeyList if body.starts_with(b"- ") => {
            let item = body[2..].trim_ascii();
            let item = item
                .strip_prefix(b"\"")
                .and_then(|i| i.strip_suffix(b"\""))
                .unwrap_or(item);
            if item.is_empty() || item.iter().any(u8::is_ascii_whitespace) {
                return None;
            }
            let key = match item.iter().rposition(|&b| b == b':') {
                Some(c) => &item[c + 1..],
                None => item,
            };
            if key.is_empty() {
                return None;
            }
            let start = line.windows(key.len()).rposition(|w| w == key)?;
            return synthetic(b"api_key", line, start, start + key.len());
        }
        Kind::PskFile if body.contains(&b':') => {
            let (start, end) = user_colon_password(line)?;
            return synthetic(b"psk_secret", line, start, end);
        }
        // racoon's `psk.txt`: `<peer> <key>` (a key in hex starts `0x`).
        Kind::PskFile if field_count(line) == 2 => {
            let (start, end) = last_field(line)?;
            return synthetic(b"psk_secret", line, start, end);
        }
        // pppd's `chap-secrets`/`pap-secrets`: `<client> <server> <secret> [<addresses>]`.
        Kind::PppSecrets => {
            let (start, end) = nth_field(line, 2)?;
            return synthetic(b"password", line, start, end);
        }
        Kind::SuiKeystore => {
            let inner = body.strip_suffix(b",").unwrap_or(body);
            let value = inner.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
            let at = line.len() - line.trim_ascii_start().len() + 1;
            return synthetic(b"secret_key", line, at, at + value.len());
        }
        Kind::ChainlinkApi
            if {
                let first = first_content_line(lines);
                i > first
                    && i == first + 1 + first_content_line(&lines[first + 1..])
                    && lines[first].contains(&b'@')
            } =>
        {
            let at = line.len() - line.trim_ascii_start().len();
            (at, at + body.len())
        }
        Kind::RecoveryCodes => {
            // `- 6ifjv-x2edy`, `1. 5412 0398`, or the code alone.
            let at = line.len() - line.trim_ascii_start().len();
            let digits = body.iter().take_while(|b| b.is_ascii_digit()).count();
            let skip = if body.starts_with(b"- ") || body.starts_with(b"* ") {
                2
            } else if (1..=2).contains(&digits) && body[digits..].starts_with(b". ") {
                digits + 2
            } else {
                0
            };
            let code = body[skip..].trim_ascii_start();
            let start = at + body.len() - code.len();
            return synthetic(b"recovery_code", line, start, start + code.len());
        }
        Kind::PskFile | Kind::GoogleAuthenticator if i == first_content_line(lines) => {
            let at = line.len() - line.trim_ascii_start().len();
            let name: &[u8] = if file.kind == Kind::PskFile {
                b"psk_secret"
            } else {
                b"totp_secret"
            };
            return synthetic(name, line, at, at + body.len());
        }
        Kind::Ini
            if in_section(lines, i, b"[users]")
                && !*file.hashed_realm.get_or_init(|| hashed_realm(lines)) =>
        {
            realm(line)?
        }
        // An exported settings table (`SMTP_PASSWORD,yvXG…,production`): the row's own name;
        // or an export whose header names a column (`"Account","Login Name","Password",…`
        // from a password manager, `label,provider,key,created_at`): that column's name.
        // (A row's own name counts first when it names a secret; otherwise the header's
        // column does: an upper-case cell such as a service level, `EXPRESS`, is a value in
        // a table with a header, not a variable's name.)
        Kind::Table => {
            let row = name_value_row(line);
            if let Some((name_start, name_end, start, end)) = row {
                if super::pair::may_name_a_secret(&line[name_start..name_end]) {
                    return synthetic(&line[name_start..name_end], line, start, end);
                }
            }
            if let Some((name, start, end)) = phrase_value_row(line) {
                return synthetic(&name, line, start, end);
            }
            let header = file.header.get_or_init(|| table_header(lines)).as_ref();
            if let Some((name, start, end)) = header.and_then(|h| header_column(h, line, i)) {
                return synthetic(name, line, start, end);
            }
            let (name_start, name_end, start, end) = row?;
            return synthetic(&line[name_start..name_end], line, start, end);
        }
        _ if file.vpn_auth && openvpn_password_line(lines, i) => {
            let at = line.len() - line.trim_ascii_start().len();
            (at, at + body.len())
        }
        _ if file.config && chpasswd_list(lines, i) => user_colon_password(line)?,
        _ if file.config => network_key(lines, i)?,
        _ => return None,
    };
    synthetic(b"password", line, start, end)
}

/// Line `i` of an `svn.simple` file is the value of its `password` key: `K 8`, `password`,
/// `V <length>` above it, and the length fits.
fn svn_password_value(lines: &[&[u8]], i: usize) -> bool {
    if i < 3 {
        return false;
    }
    let len = lines[i - 1]
        .strip_prefix(b"V ")
        .and_then(|n| std::str::from_utf8(n.trim_ascii()).ok())
        .and_then(|n| n.parse::<usize>().ok());
    lines[i - 2].trim_ascii_end() == b"password"
        && lines[i - 3].starts_with(b"K ")
        && len == Some(lines[i].strip_suffix(b"\r").unwrap_or(lines[i]).len())
}

/// `NAME = "<value>"` for the value at `start..end` of `line` (none for a value with a quote).
fn synthetic(name: &[u8], line: &[u8], start: usize, end: usize) -> Option<Paired> {
    if start >= end || line[start..end].contains(&b'"') {
        return None;
    }
    let mut text = name.to_vec();
    text.extend_from_slice(b" = \"");
    let at = text.len();
    text.extend_from_slice(&line[start..end]);
    text.push(b'"');
    Some(Paired {
        line: text,
        value_at: start,
        synthetic_value_at: at,
    })
}

/// The file's first line as a CSV/TSV header, if it has a column whose name may hold a secret.
fn table_header(lines: &[&[u8]]) -> Option<Header> {
    let first = *lines.first()?;
    // (A spreadsheet's export may start with a byte-order mark.)
    let bom = if first.starts_with(b"\xEF\xBB\xBF") {
        3
    } else {
        0
    };
    let header = &first[bom..];
    let sep = if header.contains(&b'\t') {
        b'\t'
    } else if header.contains(&b'|') && !header.contains(&b',') {
        b'|'
    } else if header.contains(&b';') && !header.contains(&b',') {
        // (A European spreadsheet's or mRemoteNG's export: `Name;Username;Password;…`.)
        b';'
    } else {
        b','
    };
    let names = fields(header, sep);
    // A game's string table (Unreal's `Key,SourceString`): its keys name strings.
    if names
        .iter()
        .any(|&(s, e)| header[s..e].eq_ignore_ascii_case(b"SourceString"))
    {
        return None;
    }
    let mut secret_columns: Vec<(usize, Vec<u8>)> = names
        .iter()
        .enumerate()
        .map(|(k, &(s, e))| (k, &header[s..e]))
        .filter(|(_, name)| {
            !name.is_empty()
                && name.len() <= 40
                && super::pair::may_name_a_secret(name)
                && super::filters::name_may_hold_secret(name)
        })
        .map(|(k, name)| (k, name.to_vec()))
        .collect();
    // A SIM card batch (`name,iccid,mcc,mnc,imsi,smsp,ki,opc` for pySim, a vendor's card data):
    // its `ki`/`k`, `opc`/`op` and OTA key columns hold the card's keys.
    let sim_batch = names.iter().any(|&(s, e)| {
        let n = &header[s..e];
        n.eq_ignore_ascii_case(b"imsi") || n.eq_ignore_ascii_case(b"iccid")
    });
    if sim_batch {
        for (k, &(s, e)) in names.iter().enumerate() {
            let lower = header[s..e].to_ascii_lowercase();
            let ota = lower.len() == 4
                && [&b"kic"[..], b"kid", b"kik"].contains(&&lower[..3])
                && lower[3].is_ascii_digit();
            if [&b"ki"[..], b"k", b"opc", b"op"].contains(&&lower[..]) || ota {
                let mut name = lower;
                name.extend_from_slice(b"_secret_key");
                secret_columns.push((k, name));
            }
        }
    }
    // (A column named for a secret, a password or a token is read before one named only key:
    // `app_key,secret` holds the id and its secret.)
    secret_columns.sort_by_key(|(_, name)| {
        let lower = name.to_ascii_lowercase();
        ![&b"secret"[..], b"pass", b"token", b"private"]
            .iter()
            .any(|w| super::filters::contains(&lower, w))
    });
    (names.len() >= 2 && !secret_columns.is_empty()).then_some(Header {
        sep,
        fields: names.len(),
        secret_columns,
    })
}

/// The first value of row `i` (not the header) under one of the header's secret columns: (the
/// column's name, span of the value). The row must have as many fields as the header.
fn header_column<'h>(
    header: &'h Header,
    line: &[u8],
    i: usize,
) -> Option<(&'h [u8], usize, usize)> {
    if i == 0 {
        return None;
    }
    let values = fields(line, header.sep);
    if values.len() != header.fields {
        return None;
    }
    header.secret_columns.iter().find_map(|(k, name)| {
        let (start, end) = values[*k];
        (end > start).then_some((name.as_slice(), start, end))
    })
}

/// The fields of a CSV/TSV line, as spans without their quotes (a quoted field may hold the
/// separator; `""` inside one is a quote).
fn fields(line: &[u8], sep: u8) -> Vec<(usize, usize)> {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut out = Vec::new();
    let mut at = 0;
    loop {
        if line.get(at) == Some(&b'"') {
            let start = at + 1;
            let mut j = start;
            while j < line.len() {
                if line[j] == b'"' {
                    if line.get(j + 1) == Some(&b'"') {
                        j += 2;
                        continue;
                    }
                    break;
                }
                j += 1;
            }
            out.push((start, j.min(line.len())));
            at = j + 1;
            match line.get(at) {
                Some(&b) if b == sep => at += 1,
                _ => return out,
            }
        } else {
            let end = line[at..]
                .iter()
                .position(|&b| b == sep)
                .map_or(line.len(), |p| at + p);
            out.push((at, end));
            if end >= line.len() {
                return out;
            }
            at = end + 1;
        }
    }
}

/// A CSV/TSV row whose first field is an environment variable's name (`DB_PASSWORD`) and whose
/// second is its value: (end of the name, span of the value).
fn name_value_row(line: &[u8]) -> Option<(usize, usize, usize, usize)> {
    let sep = *line.iter().find(|&&b| b == b',' || b == b'\t')?;
    let env_name = |name: &[u8]| {
        name.len() >= 3
            && name[0].is_ascii_uppercase()
            && name
                .iter()
                .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
            // (Not a serial number or an asset tag: `FGL25245D9Z`.)
            && (name.contains(&b'_') || !name.iter().any(u8::is_ascii_digit))
    };
    // The first cell that is a variable's name (`GEO_TOKEN`, after `prod`, `catalog` in an
    // export of settings per environment and service), with the cell after it.
    let mut cell = 0;
    loop {
        let len = line[cell..].iter().position(|&b| b == sep)?;
        let name_end = cell + len;
        // (Or, first in the row, a setting's name in lower case: `api_key,<value>,prod`.)
        let setting = |name: &[u8]| {
            cell == 0
                && name.len() >= 3
                && name[0].is_ascii_lowercase()
                && name.iter().all(|&b| {
                    b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.'
                })
                && name.iter().any(|&b| b == b'_' || b == b'.')
        };
        if env_name(&line[cell..name_end]) || setting(&line[cell..name_end]) {
            let (start, end) = cell_at(line, name_end + 1, sep)?;
            return Some((cell, name_end, start, end));
        }
        // (Only unquoted cells are stepped over.)
        if line[cell..name_end].contains(&b'"') {
            return None;
        }
        cell = name_end + 1;
    }
}

/// A settings sheet's row that names its value in words (`"YNAB personal access token",<value>,…`,
/// a Tiller or budgeting sheet's settings tab): the words as a name (`ynab_personal_access_token`)
/// and the span of the value in the next cell.
fn phrase_value_row(line: &[u8]) -> Option<(Vec<u8>, usize, usize)> {
    const LAST_WORDS: [&[u8]; 6] = [
        b"token",
        b"password",
        b"secret",
        b"key",
        b"passphrase",
        b"credential",
    ];
    let rest = line.strip_prefix(b"\"")?;
    let close = rest.iter().position(|&b| b == b'"')?;
    let phrase = &rest[..close];
    let words: Vec<&[u8]> = phrase.split(|&b| b == b' ').collect();
    let last = words.last()?.to_ascii_lowercase();
    if words.len() < 2
        || words.len() > 8
        || !phrase
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'.' | b'-'))
        || !LAST_WORDS.contains(&last.as_slice())
    {
        return None;
    }
    let sep_at = 1 + close + 1;
    let sep = *line.get(sep_at)?;
    if sep != b',' && sep != b'\t' {
        return None;
    }
    let (start, end) = cell_at(line, sep_at + 1, sep)?;
    let name: Vec<u8> = phrase
        .iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() {
                b.to_ascii_lowercase()
            } else {
                b'_'
            }
        })
        .collect();
    Some((name, start, end))
}

/// The span of the cell that starts at `at` (without its quotes), if it is not empty.
fn cell_at(line: &[u8], at: usize, sep: u8) -> Option<(usize, usize)> {
    let quoted = line.get(at) == Some(&b'"');
    let start = at + usize::from(quoted);
    let len = line
        .get(start..)?
        .iter()
        .position(|&b| {
            if quoted {
                b == b'"'
            } else {
                b == sep || b == b'\r'
            }
        })
        .unwrap_or(line.len() - start);
    (len > 0).then_some((start, start + len))
}

/// `user:password` (rsync secrets, `.htpasswd`, cloud-init `chpasswd` lists): the span of the
/// password.
fn user_colon_password(line: &[u8]) -> Option<(usize, usize)> {
    let mut at = line.len() - line.trim_ascii_start().len();
    if line[at..].starts_with(b"- ") {
        at += 2;
    }
    let body = line[at..].trim_ascii_end();
    let colon = body.iter().position(|&b| b == b':')?;
    let user = &body[..colon];
    if user.is_empty() || !user.iter().all(|&b| is_user_byte(b)) {
        return None;
    }
    let pass = &body[colon + 1..];
    if pass.is_empty() || pass.iter().any(u8::is_ascii_whitespace) {
        return None;
    }
    Some((at + colon + 1, at + body.len()))
}

/// A `.pgpass` line's password: the fifth of five fields split at `:` (a `\\:` in a field is
/// its own colon).
fn pgpass_password(line: &[u8]) -> Option<(usize, usize)> {
    let body = line.trim_ascii_end();
    let mut colons = Vec::new();
    let mut k = 0;
    while k < body.len() {
        match body[k] {
            b'\\' => k += 1,
            b':' => colons.push(k),
            b if b.is_ascii_whitespace() => return None,
            _ => {}
        }
        k += 1;
    }
    if colons.len() != 4 || colons[0] == 0 || colons.windows(2).any(|w| w[1] == w[0] + 1) {
        return None;
    }
    Some((colons[3] + 1, body.len()))
}

/// The whitespace-separated fields of a line that is no `#` comment.
fn field_count(line: &[u8]) -> usize {
    let body = line.trim_ascii();
    if body.starts_with(b"#") {
        return 0;
    }
    body.split(u8::is_ascii_whitespace)
        .filter(|f| !f.is_empty())
        .count()
}

/// The last of two or more whitespace-separated fields (Wowza's `<user> <password>`, Wazuh's
/// `<id> <name> <ip> <key>`, davfs2's `<url> <user> <password>`; `#` starts a comment), without
/// quotes around it.
fn last_field(line: &[u8]) -> Option<(usize, usize)> {
    if field_count(line) < 2 {
        return None;
    }
    let mut end = line.trim_ascii_end().len();
    let mut at = line[..end].iter().rposition(u8::is_ascii_whitespace)? + 1;
    if end - at >= 2 && line[at] == b'"' && line[end - 1] == b'"' {
        at += 1;
        end -= 1;
    }
    Some((at, end))
}

/// The `n`-th (0-based) whitespace-separated field, without quotes around it.
fn nth_field(line: &[u8], n: usize) -> Option<(usize, usize)> {
    let body = line.trim_ascii_end();
    let mut at = 0;
    let mut k = 0;
    loop {
        while at < body.len() && body[at].is_ascii_whitespace() {
            at += 1;
        }
        let end = at
            + body[at..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace())
                .count();
        if at == end {
            return None;
        }
        if k == n {
            let quoted = end - at >= 2 && body[at] == b'"' && body[end - 1] == b'"';
            return Some(if quoted { (at + 1, end - 1) } else { (at, end) });
        }
        at = end;
        k += 1;
    }
}

/// Deluge's `auth` line, `<user>:<password>:<level>`: the middle field.
fn deluge_auth(line: &[u8]) -> Option<(usize, usize)> {
    let body = line.trim_ascii_end();
    let first = body.iter().position(|&b| b == b':')?;
    let last = body.iter().rposition(|&b| b == b':')?;
    (first < last
        && body[last + 1..].iter().all(u8::is_ascii_digit)
        && body[..first].iter().all(|&b| is_user_byte(b)))
    .then_some((first + 1, last))
}

/// A Postfix `sasl_passwd` line: `[smtp.example.com]:587  user@example.com:password` (or a
/// sender address, `@example.com`, as the key): the password follows the first colon of the
/// second field.
fn sasl_passwd(line: &[u8]) -> Option<(usize, usize)> {
    let body_end = line.trim_ascii_end().len();
    let at = line.len() - line.trim_ascii_start().len();
    let gap = at
        + line[at..body_end]
            .iter()
            .position(u8::is_ascii_whitespace)?;
    let second = gap
        + line[gap..body_end]
            .iter()
            .position(|b| !b.is_ascii_whitespace())?;
    let (start, end) = user_colon_password(&line[second..body_end])?;
    Some((second + start, second + end))
}

/// An Exim `passwd.client` line: `*.example.com:login:password` (the password is everything
/// after the second colon).
fn exim_passwd_client(line: &[u8]) -> Option<(usize, usize)> {
    let body_end = line.trim_ascii_end().len();
    let at = line.len() - line.trim_ascii_start().len();
    let first = at + line[at..body_end].iter().position(|&b| b == b':')?;
    let second = first + 1 + line[first + 1..body_end].iter().position(|&b| b == b':')?;
    let user = &line[first + 1..second];
    if user.is_empty() || !user.iter().all(|&b| is_user_byte(b)) {
        return None;
    }
    let pass = &line[second + 1..body_end];
    if pass.is_empty() || pass.iter().any(u8::is_ascii_whitespace) {
        return None;
    }
    Some((second + 1, body_end))
}

/// An Oxidized `router.db` line: `name:model:username:password` (the password is the fourth
/// field, and may itself hold colons).
fn router_db(line: &[u8]) -> Option<(usize, usize)> {
    let body_end = line.trim_ascii_end().len();
    let at = line.len() - line.trim_ascii_start().len();
    let mut colons = line[at..body_end]
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b':')
        .map(|(k, _)| at + k);
    let (_, _, third) = (colons.next()?, colons.next()?, colons.next()?);
    let pass = &line[third + 1..body_end];
    (!pass.is_empty() && !pass.iter().any(u8::is_ascii_whitespace)).then_some((third + 1, body_end))
}

/// PgBouncer's `"user" "password"`.
fn pgbouncer(line: &[u8]) -> Option<(usize, usize)> {
    let mut quotes = line
        .iter()
        .enumerate()
        .filter(|(_, &b)| b == b'"')
        .map(|(i, _)| i);
    let (_, _, open, close) = (
        quotes.next()?,
        quotes.next()?,
        quotes.next()?,
        quotes.next()?,
    );
    if quotes.next().is_some() || !line[close + 1..].trim_ascii().is_empty() {
        return None;
    }
    Some((open + 1, close))
}

/// A realm line: `user: password[, role…]` or `user = password[, role…]`.
fn realm(line: &[u8]) -> Option<(usize, usize)> {
    let sep = line.iter().position(|&b| b == b':' || b == b'=')?;
    let user = line[..sep].trim_ascii();
    if user.is_empty() || !user.iter().all(|&b| is_user_byte(b)) {
        return None;
    }
    let rest = &line[sep + 1..];
    let start = sep + 1 + (rest.len() - rest.trim_ascii_start().len());
    let value_len = line[start..]
        .iter()
        .position(|&b| b == b',' || b.is_ascii_whitespace())
        .unwrap_or(line.len() - start);
    let end = start + value_len;
    // (Jetty's hashed and obfuscated forms name themselves: `MD5:`, `CRYPT:`, `OBF:`.)
    let value = &line[start..end];
    if [&b"MD5:"[..], b"CRYPT:", b"OBF:"]
        .iter()
        .any(|p| value.starts_with(p))
    {
        return None;
    }
    Some((start, end))
}

fn is_user_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@' | b'\\')
}

/// Does a Shiro INI set a credentials matcher (`Sha256CredentialsMatcher`,
/// `HashedCredentialsMatcher`)? Then its `[users]` hold password hashes.
fn hashed_realm(lines: &[&[u8]]) -> bool {
    lines
        .iter()
        .any(|l| super::filters::contains(&l.to_ascii_lowercase(), b"credentialsmatcher"))
}

/// The value of an Asterisk `secret=` line (`secret = …`, `secret=…`), up to a comment.
fn asterisk_secret(line: &[u8]) -> Option<(usize, usize)> {
    let at = line.len() - line.trim_ascii_start().len();
    let rest = line[at..].strip_prefix(b"secret")?;
    let eq = rest.iter().position(|&b| b == b'=')?;
    if !rest[..eq].trim_ascii().is_empty() {
        return None;
    }
    let value = &rest[eq + 1..];
    let start = at + 6 + eq + 1 + (value.len() - value.trim_ascii_start().len());
    let len = line[start..]
        .iter()
        .position(|&b| b == b';' || b.is_ascii_whitespace())
        .unwrap_or(line.len() - start);
    (len > 0).then_some((start, start + len))
}

/// The index of the first line with content.
fn first_content_line(lines: &[&[u8]]) -> usize {
    lines
        .iter()
        .position(|l| !l.trim_ascii().is_empty())
        .unwrap_or(0)
}

/// Is every line with content base64 (`A–Z a–z 0–9 + / =`), 16 characters or more in all?
fn is_base64_file(lines: &[&[u8]]) -> bool {
    let mut n = 0;
    for l in lines {
        let t = l.trim_ascii();
        if !t
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
        {
            return false;
        }
        n += t.len();
    }
    n >= 16
}

/// Is line `i` inside the INI section `header` (the nearest `[…]` line above it)?
fn in_section(lines: &[&[u8]], i: usize, header: &[u8]) -> bool {
    lines[i.saturating_sub(1000)..i]
        .iter()
        .rev()
        .map(|l| l.trim_ascii())
        .find(|l| l.starts_with(b"["))
        .is_some_and(|l| l.eq_ignore_ascii_case(header))
}

/// The second line of a two-line OpenVPN `auth-user-pass` file (user, then password).
fn openvpn_password_line(lines: &[&[u8]], i: usize) -> bool {
    if i != 1 || lines.len() > 3 {
        return false;
    }
    let content: Vec<&[u8]> = lines
        .iter()
        .map(|l| l.trim_ascii())
        .filter(|l| !l.is_empty())
        .collect();
    content.len() == 2
        && lines[1].trim_ascii() == content[1]
        && !content[1].iter().any(u8::is_ascii_whitespace)
}

/// A `user:password` line of cloud-init's `chpasswd: list:` block (a few lines below it).
fn chpasswd_list(lines: &[&[u8]], i: usize) -> bool {
    let indented = lines[i].first().is_some_and(|b| matches!(b, b' ' | b'\t'));
    indented
        && lines[i.saturating_sub(6)..i].iter().any(|l| {
            let t = l.trim_ascii();
            t.starts_with(b"chpasswd:")
        })
        && lines[..i]
            .iter()
            .rev()
            .take(6)
            .take_while(|l| !l.trim_ascii().starts_with(b"chpasswd:"))
            .all(|l| {
                let t = l.trim_ascii();
                t.starts_with(b"list:")
                    || t.starts_with(b"expire:")
                    || user_colon_password(l).is_some()
            })
}

/// ` key <secret>` (or `key 0 <secret>`) under a `radius server` / `tacacs server` block, and
/// `radius-server … key <secret>` / `tacacs-server … key <secret>` on one line (Cisco IOS).
/// Type 7 keys are reversible encodings but not the typed secret: left out.
fn network_key(lines: &[&[u8]], i: usize) -> Option<(usize, usize)> {
    let line = lines[i];
    if !line.windows(4).any(|w| w.eq_ignore_ascii_case(b"key ")) {
        return None;
    }
    let lower = line.to_ascii_lowercase();
    let one_line = lower.trim_ascii_start().starts_with(b"radius-server")
        || lower.trim_ascii_start().starts_with(b"tacacs-server");
    let block = lower.trim_ascii_start().starts_with(b"key ")
        && lines[i.saturating_sub(6)..i].iter().any(|l| {
            let t = l.trim_ascii().to_ascii_lowercase();
            t.starts_with(b"radius server ")
                || t.starts_with(b"tacacs server ")
                // An ASA's `aaa-server <group> (<interface>) host <address>` block.
                || (t.starts_with(b"aaa-server ") && super::filters::find(&t, b" host ").is_some())
        });
    if !(one_line || block) {
        return None;
    }
    let at = super::filters::find(&lower, b" key ")? + 5;
    let mut rest = &line[at..];
    let mut start = at;
    if let Some(r) = rest.strip_prefix(b"0 ") {
        rest = r;
        start += 2;
    } else if let Some(r) = rest.strip_prefix(b"plaintext ") {
        // Aruba AOS-CX: `key plaintext <key>` (`key ciphertext …` is encrypted).
        rest = r;
        start += 10;
    } else if rest.starts_with(b"7 ") || rest.starts_with(b"6 ") {
        return None;
    }
    // NX-OS quotes the key: `key 0 "…"`.
    if let Some(r) = rest.strip_prefix(b"\"") {
        let len = r.iter().position(|&b| b == b'"')?;
        return (len > 0).then_some((start + 1, start + 1 + len));
    }
    let len = rest
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(rest.len());
    (len > 0).then_some((start, start + len))
}

/// Is the candidate on line `line` of Pi-hole's `setupVars.conf` its `WEBPASSWORD` hash (64
/// hex: the double SHA-256 of the web password, which Pi-hole writes there)?
pub fn is_pihole_password_hash(line: &[u8], secret: &[u8]) -> bool {
    line.trim_ascii_start().starts_with(b"WEBPASSWORD=")
        && secret.len() == 64
        && secret.iter().all(u8::is_ascii_hexdigit)
}

#[cfg(test)]
mod tests {
    use super::{rewrite, File};

    fn value(path: &str, text: &str, i: usize) -> Option<String> {
        let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
        rewrite(&File::of(path), &lines, i).map(|p| {
            let v = &p.line[p.synthetic_value_at..p.line.len() - 1];
            assert_eq!(v, &lines[i][p.value_at..p.value_at + v.len()]);
            String::from_utf8_lossy(v).into_owned()
        })
    }

    #[test]
    fn served_scripts_are_browser_files() {
        assert!(File::of("public/js/raygun.js").browser);
        assert!(File::of("web/src/experiments/split.js").browser);
        assert!(File::of("apps/shop/frontend/app.ts").browser);
        assert!(!File::of("server/routes/pay.js").browser);
        assert!(!File::of("src/publicApi.js").browser);
    }

    #[test]
    fn credential_file_lines() {
        let hashed = "[main]\nm = org.apache.shiro.authc.credential.Sha256CredentialsMatcher\n\
                      [users]\nops = c64f76c7ae46d9e4, admin";
        let cloud = "chpasswd:\n  expire: false\n  list: |\n    ops:X-JT!TGzTSo1\n";
        let radius =
            "radius server ISE\n address ipv4 10.0.0.1 auth-port 1812\n key VX0OO4vup4W8\n";
        // (path, file, line, the password read on that line)
        let cases: &[(&str, &str, usize, Option<&str>)] = &[
            ("etc/rsyncd.secrets", "mirror:nwoKZEMf", 0, Some("nwoKZEMf")),
            (
                "mosquitto/config/passwd",
                "plc-290:7Z0itmpmouASSchQ7gm3REsb",
                0,
                Some("7Z0itmpmouASSchQ7gm3REsb"),
            ),
            ("config/passwd", "plc-290:7Z0itmpmouASSchQ7gm3REsb", 0, None),
            // Files named for the one secret they hold.
            (
                "secrets/db_password.txt",
                "saffron-thistle-WILLOW-6938\n",
                0,
                Some("saffron-thistle-WILLOW-6938"),
            ),
            (
                "k8s/bindings/orders-db/password",
                "y6i30ma5n1g8W35HGKeMofzMP",
                0,
                Some("y6i30ma5n1g8W35HGKeMofzMP"),
            ),
            (
                "etc/passwd-s3fs",
                "GK49CR74VKPZVR4DRX6I:mGarZCfbbfOQTQsxfiDqaglCHc9WA",
                0,
                Some("mGarZCfbbfOQTQsxfiDqaglCHc9WA"),
            ),
            ("etc/passwd-s3fs", "GK49CR74VKPZVR4DRX6I:", 0, None),
            ("bindings/orders-db/username", "orders_app", 0, None),
            ("keys/wg0.pub", "mKbCCmyJJQwrUMLdaE5yuAQ7ohlVK/DkuqDMZNTa8Us=", 0, None),
            ("wireguard/publickey", "mKbCCmyJJQwrUMLdaE5yuAQ7ohlVK/DkuqDMZNTa8Us=", 0, None),
            ("secrets/api_token.txt", "line one\nline two\n", 0, None),
            // A recon tool's provider keys: the key, or the secret after an id.
            (
                "recon/subfinder/provider-config.yaml",
                "shodan:\n  - nZYAWQ7PIMFjvcAgYqjHrrQOoYq0FeV7\n",
                1,
                Some("nZYAWQ7PIMFjvcAgYqjHrrQOoYq0FeV7"),
            ),
            (
                "provider-config.yaml",
                "censys:\n  - 1fe067ba-0781-4517-8cc9-c9dc2c07f1e8:8xB6q1VmTRv1IYJRt8R3xev1TZVOecQs\n",
                1,
                Some("8xB6q1VmTRv1IYJRt8R3xev1TZVOecQs"),
            ),
            ("provider-config.yaml", "crtsh: []\n", 0, None),
            // A `.pgpass` line, whatever its port.
            (
                "ops/.pgpass",
                "db.internal:3306:*:webapp:HSuTClgEfph89pjZ4wxl4UGRHMV",
                0,
                Some("HSuTClgEfph89pjZ4wxl4UGRHMV"),
            ),
            // A SIM card batch: its key columns.
            (
                "cards/batch.csv",
                "name,iccid,mcc,mnc,imsi,smsp,ki,opc\nrunner,89882118923685513969,262,42,262420000001803,,62fcc029019eca84195f842a0e2e50bb,1006020f0a478bf6b699f15c062e42b3",
                1,
                Some("62fcc029019eca84195f842a0e2e50bb"),
            ),
            (
                "broker/etc/artemis-users.properties",
                "svc-billing = DcP72OLxnd7932k",
                0,
                Some("DcP72OLxnd7932k"),
            ),
            (
                "etc/postfix/sasl_passwd",
                "[smtp.eu.example.net]:587  relay@hafenwerk.nl:7QeIKrV40dePNCKp:k5",
                0,
                Some("7QeIKrV40dePNCKp:k5"),
            ),
            (
                "etc/postfix/sasl_passwd",
                "@greyfield.de\tpostmaster@mg.greyfield.de:e08a85aa61aac7e0fcfbc3",
                0,
                Some("e08a85aa61aac7e0fcfbc3"),
            ),
            ("etc/postfix/sasl_passwd", "# [host]:587 user:password", 0, None),
            (
                "etc/exim4/passwd.client",
                "*.zoho.eu:elif@hollowtree.ch:Rossi@sequoia9!",
                0,
                Some("Rossi@sequoia9!"),
            ),
            ("etc/exim4/passwd.client", "# target.mail.server:login:password", 0, None),
            (
                "imports/certn_mapping.csv",
                "setting,value,scope,notes\napi_key,ad18e954d841bdecd521bbeb58cd1c4d3cd4addd,prod,",
                1,
                Some("ad18e954d841bdecd521bbeb58cd1c4d3cd4addd"),
            ),
            (
                ".subversion/auth/svn.simple/8fc7a6daa90754c4a41133f751b62d82",
                "K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 14\nOtter55*Falcon\nK 8\nusername\nV 6\nviktor\nEND",
                7,
                Some("Otter55*Falcon"),
            ),
            (
                ".subversion/auth/svn.simple/8fc7a6daa90754c4a41133f751b62d82",
                "K 8\npasstype\nV 6\nsimple\nK 8\npassword\nV 14\nOtter55*Falcon\nK 8\nusername\nV 6\nviktor\nEND",
                11,
                None,
            ),
            (
                "carriers/rates.csv",
                "carrier,service,zip,account,api_credential,table\n\
                 dhl,EXPRESS,23613,X1QMM0,gLr6EN5K7rxAnRAkpzbtpoDGIRXPLVJT,default.csv\n",
                1,
                Some("gLr6EN5K7rxAnRAkpzbtpoDGIRXPLVJT"),
            ),
            (
                "export/settings.tsv",
                "env\tservice\tkey\tvalue\nprod\tcatalog\tGEO_TOKEN\t2lPSxMAi_whxW2cbHKjwlo5b\n",
                1,
                Some("2lPSxMAi_whxW2cbHKjwlo5b"),
            ),
            (
                "etc/stunnel/psk.txt",
                "web01:zrV24wf8xVZ78VuH9oX49EtDnYcAcPRW",
                0,
                Some("zrV24wf8xVZ78VuH9oX49EtDnYcAcPRW"),
            ),
            (
                "conf/admin.password",
                "# Admin password file (format [username][space][password][space][group])\nmara ARkA0OfdEWJs7JrbU9irufX7OY admin|advUser\n",
                1,
                Some("ARkA0OfdEWJs7JrbU9irufX7OY"),
            ),
            (
                "etc/racoon/psk.txt",
                "# peer   key\n185.18.54.23\tEmber-Falcon-Granite-39129#\n",
                1,
                Some("Ember-Falcon-Granite-39129#"),
            ),
            (
                "etc/ppp/chap-secrets",
                "# client server secret IP addresses\n\"rw-laptop07\"\tl2tpd\t\"bJDYpw5s43oCZk\"\t*\n",
                1,
                Some("bJDYpw5s43oCZk"),
            ),
            (
                "etc/zabbix/zabbix_agentd.psk",
                "a8eb51a0f8b5f7a28573609c0c05287c287439317bc461d946b8827d0d9db6eb\n",
                0,
                Some("a8eb51a0f8b5f7a28573609c0c05287c287439317bc461d946b8827d0d9db6eb"),
            ),
            (
                "home/rsync/.google_authenticator",
                "AVYIBW6AND5M6MPJ2U4QJI26XSAANWYF\n\" RATE_LIMIT 3 30\n\" TOTP_AUTH\n51234987\n",
                0,
                Some("AVYIBW6AND5M6MPJ2U4QJI26XSAANWYF"),
            ),
            (
                "home/rsync/.google_authenticator",
                "AVYIBW6AND5M6MPJ2U4QJI26XSAANWYF\n\" RATE_LIMIT 3 30\n\" TOTP_AUTH\n51234987\n",
                2,
                None,
            ),
            (
                "sui_config/sui.keystore",
                "[\n  \"AKtwWrPqCbKjWXwKzRJdWJJT9xEOFMrRd2BMOUbMNyzX\"\n]\n",
                1,
                Some("AKtwWrPqCbKjWXwKzRJdWJJT9xEOFMrRd2BMOUbMNyzX"),
            ),
            ("chainlink/.api", "ops@example.io\nBishop#velvet39\n", 1, Some("Bishop#velvet39")),
            ("chainlink/.api", "ops@example.io\nBishop#velvet39\n", 0, None),
            (
                "secrets/.mnemonic",
                "misery wave orient exhibit just spider tree surge aisle carbon regular brush\n",
                0,
                Some("misery wave orient exhibit just spider tree surge aisle carbon regular brush"),
            ),
            (
                "oxidized/router.db",
                "cph1-spine03:junos:svc_netbox:t@^9ThlvG04GReW-UBGjzM",
                0,
                Some("t@^9ThlvG04GReW-UBGjzM"),
            ),
            ("oxidized/router.db", "cph1-spine03:junos", 0, None),
            (
                "fw.cfg",
                "aaa-server TACACS (inside) host 10.1.1.5\n key #BXW=gYNd1HRrIhRV2\n",
                1,
                Some("#BXW=gYNd1HRrIhRV2"),
            ),
            (
                "sw.cfg",
                "tacacs-server host 172.19.60.162 key 0 \"Oslo@jun1p3r97\"\n",
                0,
                Some("Oslo@jun1p3r97"),
            ),
            (
                "sw.cfg",
                "radius-server host 10.164.146.103 key plaintext WinterLantern29% vrf mgmt\n",
                0,
                Some("WinterLantern29%"),
            ),
            (
                "pgbouncer/userlist.txt",
                "\"app\" \"Kitten_1989\"",
                0,
                Some("Kitten_1989"),
            ),
            (
                "conf/jetty-realm.properties",
                "admin: WAry1p=bNE, admin",
                0,
                Some("WAry1p=bNE"),
            ),
            (
                "conf/realm.properties",
                "admin: MD5:164c88b302622e17050af52c89945d44,admin",
                0,
                None,
            ),
            (
                "conf/shiro.ini",
                "[main]\nx = y\n[users]\nops = FjVTStm, admin",
                3,
                Some("FjVTStm"),
            ),
            ("conf/shiro.ini", "[main]\nsecurityManager = x, y", 1, None),
            ("conf/shiro.ini", hashed, 3, None),
            (
                "vpn/auth.txt",
                "mary@example.io\nOtt3r+76871\n",
                1,
                Some("Ott3r+76871"),
            ),
            ("docs/auth.txt", "mary@example.io\nOtt3r+76871\n", 1, None),
            ("cloud-init/user-data", cloud, 3, Some("X-JT!TGzTSo1")),
            ("sw.cfg", radius, 2, Some("VX0OO4vup4W8")),
            (
                "sw.cfg",
                // keyhook:allow-next-line=cisco-type7-password (made-up value)
                "radius server ISE\n key 7 0822455D0A16\n",
                1,
                None,
            ),
            (
                "sw.cfg",
                "tacacs-server host 10.0.0.9 key 0 Tq8vLm2x",
                0,
                Some("Tq8vLm2x"),
            ),
            ("src/main.rs", "mirror:nwoKZEMf", 0, None),
            (
                "etc/couchdb/local.ini",
                "[couchdb]\nuuid = 4f2c\n[admins]\nadmin = Papr1k4fjord^1",
                3,
                Some("Papr1k4fjord^1"),
            ),
            ("etc/couchdb/local.ini", "[couchdb]\nmax_dbs_open = 500", 1, None),
            (
                "asterisk/sip_trunks.conf",
                "[trunk]\ntype=peer\nsecret=sunny2002. ; carrier",
                2,
                Some("sunny2002."),
            ),
            ("asterisk/sip.conf", "[trunk]\nmd5secret=0b6e2f6c3f8d", 1, None),
            (
                "etc/mongodb/keyfile",
                "P/2lQhpZ824k/M5kcCgk4cZgFGbSQzkzRT4I\nJRRn3SHLJ3GS1HdHDW0UZt5bBYR6\n",
                0,
                Some("P/2lQhpZ824k/M5kcCgk4cZgFGbSQzkzRT4I"),
            ),
            ("etc/mongodb/keyfile", "P/2lQhpZ824k/M5kcCgk4cZgFGbSQzkzRT4I\nJRRn3SHLJ3\n", 1, None),
            ("docs/keyfile", "Put the replica set's key here.\n", 0, None),
            (
                "proxy/.htpasswd",
                "reviewer:D@gny%Umb3r88!",
                0,
                Some("D@gny%Umb3r88!"),
            ),
            (
                "deploy/.vault_pass",
                "<.c7K;74&,[CV5a~4V\n",
                0,
                Some("<.c7K;74&,[CV5a~4V"),
            ),
            (
                "exports/heroku-config.csv",
                "SMTP_PASSWORD,yvXGyXq8,production",
                0,
                Some("yvXGyXq8"),
            ),
            ("exports/users.csv", "name,email,role", 0, None),
            (
                "handover/passwords.csv",
                "\"Account\",\"Login Name\",\"Password\",\"Web Site\"\n\"iLO\",\"admin\",\"\",\"https://a\"\n\"NAS\",\"root\",\"!ZR5ZP.s76-8!XPJ\",\"https://b\"",
                2,
                Some("!ZR5ZP.s76-8!XPJ"),
            ),
            // mRemoteNG's CSV export separates with semicolons.
            (
                "exports/mremoteng-connections.csv",
                "Name;Parent;Username;Password;Domain;Protocol\nRouter;Branch;dana;awCznc9E.8_j;;RDP",
                1,
                Some("awCznc9E.8_j"),
            ),
            (
                "ops/api_keys.csv",
                "label,provider,key,created_at\nprod,PayPal,A21AAhpn6pgCpvPzfIEV0oA8,2022-01-02",
                1,
                Some("A21AAhpn6pgCpvPzfIEV0oA8"),
            ),
            // Wowza's publish.password: `<user> <password>`.
            (
                "conf/publish.password",
                "# publish.password\nbroadcaster 17GuAcoZPJTLv7Z61QGqRVA\n",
                1,
                Some("17GuAcoZPJTLv7Z61QGqRVA"),
            ),
            ("conf/publish.password", "# user password\n", 0, None),
            // Wazuh's client.keys, davfs2's secrets, Deluge's auth.
            (
                "etc/client.keys",
                "216 k8s-node-07 any 38c1f582206011dc197822f5e7b24404a2c3f07419150f14e12966ba84b6fe45\n",
                0,
                Some("38c1f582206011dc197822f5e7b24404a2c3f07419150f14e12966ba84b6fe45"),
            ),
            (
                "etc/davfs2/secrets",
                "https://cloud.lab.internal/remote.php/dav/files/anna/ anna xmJaj-ZjJQ2-tQecx-rERV5-jK93W\n",
                0,
                Some("xmJaj-ZjJQ2-tQecx-rERV5-jK93W"),
            ),
            (
                "appdata/deluge/auth",
                "localclient:a4e1a1ce8cab48d684c8316a555dc80cba0b57ec:10\n",
                0,
                Some("a4e1a1ce8cab48d684c8316a555dc80cba0b57ec"),
            ),
            // A secret's column is read before a key's (`app_key` holds the id).
            (
                "ops/ad_network_accounts.csv",
                "network,app,app_key,secret,notes\nironsource,Ocean,8b01d12f5,63b4193e4a38546803d5858ec1e2582f,api",
                1,
                Some("63b4193e4a38546803d5858ec1e2582f"),
            ),
            // The header itself, and a row whose secret column is empty.
            ("ops/api_keys.csv", "label,key\nprod,", 0, None),
            ("ops/api_keys.csv", "label,key\nprod,", 1, None),
            // A game's string table names strings under `Key`.
            (
                "Content/Localization/Game/Game.csv",
                "Key,SourceString,Hash,Comment\n307BFE03891719B1B4AE6F9D5A522413,\"Play\",1606892047,lobby",
                1,
                None,
            ),
            // An Ethereum node's shared JWT secret; a validator keystore's password file.
            (
                "secrets/jwt.hex",
                "0x9d83f69cce54cb32783f61aaa8d2359acd520a8f85109eacb5ff668e54c473a4\n",
                0,
                Some("0x9d83f69cce54cb32783f61aaa8d2359acd520a8f85109eacb5ff668e54c473a4"),
            ),
            (
                "validator_keys/passwords/keystore-m_12381_3600_48_0_0-1710122553.txt",
                "Uwb@7EN4Pi14TeS!fjUS.Pihk7\n",
                0,
                Some("Uwb@7EN4Pi14TeS!fjUS.Pihk7"),
            ),
            ("docs/keystore-m_12381_3600_0_0_0.txt", "Uwb@7EN4Pi14TeS!fjUS.Pihk7\n", 0, None),
        ];
        for &(path, text, i, want) in cases {
            assert_eq!(value(path, text, i).as_deref(), want, "{path} line {i}");
        }
    }
}
