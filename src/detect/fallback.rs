//! A literal written as the fallback of a configuration lookup: `${STRIPE_KEY:-rk_live_…}`,
//! Spring's `${jwt.secret:…}`, Helm's and Jinja's `{{ .Values.dbPassword | default "…" }}`,
//! gomplate's `getenv "X" "…"`, `os.environ.get("X", "…")`, `ENV.fetch("X", "…")`, click's
//! `envvar="X", default="…"`, Dart's `String.fromEnvironment('X', defaultValue: '…')`,
//! Terraform's `coalesce(var.x, "…")`. The code reads the variable and
//! ships the literal whenever it is unset, so the literal is a credential in the repository.
//! The line is scanned again as `NAME: <literal>…`, named after the variable it stands in for,
//! so every rule and filter that reads a name applies.

use super::pair::{self, Paired};
use regex::bytes::Regex;
use std::sync::OnceLock;

/// The literal's first character: not a quote, a blank, a reference (`$`) or a template.
const LIT: &str = r#"[^"'`\s$\{\}<][^"'`\s\}]{5,}"#;

/// What a line with a fallback holds somewhere (the pattern runs only on such lines).
fn markers() -> &'static aho_corasick::AhoCorasick {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::new([
            "${",
            "default \"",
            "default '",
            "default(\"",
            "default('",
            "default=",
            "default =",
            "default:",
            "defaultValue",
            "default_value",
            "getenv",
            "environ.",
            "ENV.fetch",
            "get_env",
            "getOrDefault",
            "GetValue<",
            "env \"",
            "env(\"",
            "env('",
            "fromEnvironment",
            "coalesce(",
            "fallback=",
            "pillar.get",
            "Field(default",
            "flag.String",
        ])
        .expect("fallback markers build")
    })
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let alternatives = [
            // `${NAME:-lit}`, `${NAME:=lit}` (shell, Compose), `${name:lit}` (Spring).
            r#"\$\{(?P<n1>[A-Za-z_][\w.-]{0,60})(?::-|:=|:)(?P<l1>[^"'`\s$\{\}<=?-][^"'`\s\}]{5,})"#,
            // `{{ .Values.dbPassword | default "lit" }}`, `{{ x | default('lit') }}`.
            r#"(?P<n2>[A-Za-z_]\w{0,60})['")\]]*\s*\|\s*default\s*\(?\s*["'](?P<l2>LIT)"#,
            // gomplate `getenv "X" "lit"`, `(env "X") "lit"`, `getenv("X", "lit")`.
            r#"\b(?:getenv|env)\s*\(?\s*["'](?P<n3>[\w.-]{2,60})["'](?:\s*,\s*|\)?\s+)["'](?P<l3>LIT)"#,
            // `environ.get("X", "lit")`, `ENV.fetch("X", "lit")`, `config('X', default='lit')`,
            // `System.get_env("X", "lit")`, `getOrDefault("X", "lit")`, `env('X', 'lit')`.
            r#"(?:environ\.get|environ\.setdefault|ENV\.fetch|get_env|getOrDefault|GetValue<\w+>|config(?:\.get(?:<\w+>)?)?|\benv)\(\s*["'](?P<n4>[\w.-]{2,60})["']\s*,\s*(?:default\s*=\s*)?["'](?P<l4>LIT)"#,
            // click's `envvar="X", default="lit"`, clap's `env = "X", default_value = "lit"`,
            // MicroProfile's `name = "x", defaultValue = "lit"`, envconfig's tag.
            r#"\b(?:envvar|env|name|envconfig)\s*[=:]\s*["'](?P<n5>[\w.-]{2,60})["'][^\n]{0,120}?\b(?:default|defaultValue|default_value|fallback)\s*[=:]\s*["'](?P<l5>LIT)"#,
            // Dart's `String.fromEnvironment('X', defaultValue: 'lit')`.
            r#"fromEnvironment\(\s*["'](?P<n6>\w{2,60})["']\s*,\s*defaultValue:\s*["'](?P<l6>LIT)"#,
            // Terraform's `coalesce(var.x, "lit")`.
            r#"coalesce\(\s*var\.(?P<n7>\w{2,60})\s*,\s*["'](?P<l7>LIT)"#,
            // configparser's `cfg.get("main", "x", fallback="lit")`, Salt's
            // `salt['pillar.get']('app:x', 'lit')`.
            r#"\.get\(\s*["'][\w.-]{1,40}["']\s*,\s*["'](?P<n8>[\w.-]{2,60})["']\s*,\s*fallback\s*=\s*["'](?P<l8>LIT)"#,
            r#"pillar\.get['"]\]\(\s*["'](?:[\w.-]+:)*(?P<n9>[\w.-]{2,60})["']\s*,\s*["'](?P<l9>LIT)"#,
            // pydantic's `token_secret: str = Field(default="lit", alias="X")`, Go's
            // `flag.String("db-password", "lit", "…")`.
            r#"(?P<n10>[A-Za-z_]\w{1,60})\s*:\s*[\w\[\]., |]{1,40}=\s*Field\(\s*default\s*=\s*["'](?P<l10>LIT)"#,
            r#"flag\.String(?:Var)?\(\s*(?:&[\w.]+\s*,\s*)?"(?P<n11>[\w.-]{2,60})"\s*,\s*"(?P<l11>LIT)"#,
        ];
        let joined = format!("(?-u){}", alternatives.join("|").replace("LIT", LIT));
        Regex::new(&joined).expect("fallback pattern compiles")
    })
}

/// The line rewritten as `NAME: <fallback literal>…` when it holds a lookup's fallback literal
/// under a name that could be a secret's.
pub fn rewrite(line: &[u8]) -> Option<Paired> {
    if line.len() > 1000 {
        return None;
    }
    let caps = match markers().is_match(line) {
        true => pattern().captures(line),
        false => None,
    };
    let Some(caps) = caps else {
        return operator_fallback(line);
    };
    let (name, lit) = (1..=11)
        .find_map(|k| Some((caps.name(&format!("n{k}"))?, caps.name(&format!("l{k}"))?)))?;
    // (Only the literal: what follows it, `}` or `" | b64enc }}`, is the template's.)
    let p = pair::synthetic_pair(name.as_bytes().to_vec(), line, lit.start())?;
    let keep = p.synthetic_value_at + lit.len();
    Some(Paired {
        line: p.line[..keep].to_vec(),
        ..p
    })
}

/// The operators that give a lookup a fallback: `process.env.X || '…'`, `$_ENV['X'] ?? '…'`,
/// `getenv('X') ?: '…'`, `environ.get("X") or "…"`, `.orElse("…")`, `.unwrap_or("…")`,
/// PowerShell's `if ($env:X) { $env:X } else { '…' }`.
fn operators() -> &'static aho_corasick::AhoCorasick {
    static AC: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::new([
            "||",
            "??",
            "?:",
            " or ",
            ".orElse(",
            ".unwrap_or(",
            ".unwrap_or_else(",
            ".getOrElse(",
            "} else {",
        ])
        .expect("fallback operators build")
    })
}

/// Method names that stand between a variable and its fallback (`x.as_deref().unwrap_or(…)`):
/// the variable is the name before them.
const PASS_THROUGH: [&[u8]; 9] = [
    b"as_deref",
    b"as_ref",
    b"ok",
    b"cloned",
    b"clone",
    b"to_owned",
    b"to_string",
    b"trim",
    b"get",
];

/// `<lookup> <operator> '<literal>'`, hand-read (a pattern here would run on every line with
/// `||` and a secret's word): the literal named after the lookup's last name.
fn operator_fallback(line: &[u8]) -> Option<Paired> {
    for m in operators().find_iter(line) {
        let mut rest = &line[m.end()..];
        rest = trim_start(rest);
        // (Rust's `unwrap_or_else(|_| "…".to_string())`, Java's `orElse(` taken above.)
        if let Some(r) = rest.strip_prefix(b"|_|") {
            rest = trim_start(r);
        }
        let Some((&quote, body)) = rest.split_first() else {
            continue;
        };
        if !matches!(quote, b'"' | b'\'' | b'`') {
            continue;
        }
        let Some(len) = body.iter().position(|&b| b == quote) else {
            continue;
        };
        let lit = &body[..len];
        if lit.len() < 6
            || lit
                .iter()
                .any(|&b| b.is_ascii_whitespace() || b == b'\\' || b == b'}')
            || matches!(lit[0], b'$' | b'{' | b'<')
        {
            continue;
        }
        let Some(name) = lookup_name(&line[..m.start()]) else {
            continue;
        };
        let lit_at = line.len() - body.len();
        let p = pair::synthetic_pair(name.to_vec(), line, lit_at)?;
        let keep = p.synthetic_value_at + lit.len();
        return Some(Paired {
            line: p.line[..keep].to_vec(),
            ..p
        });
    }
    None
}

fn trim_start(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[n..]
}

/// The last name of the operand before an operator: `process.env.DB_PASSWORD`,
/// `ENV['SLACK_TOKEN']`, `System.getenv("X"))`, `node['app']['db_password']`,
/// `db_password.as_deref()`, `$env:AUTH_SECRET`.
fn lookup_name(left: &[u8]) -> Option<&[u8]> {
    let mut end = left.len();
    for _ in 0..3 {
        while end > 0
            && matches!(
                left[end - 1],
                b')' | b']' | b'"' | b'\'' | b'(' | b' ' | b'\t'
            )
        {
            end -= 1;
        }
        let start = left[..end]
            .iter()
            .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')))
            .map_or(0, |at| at + 1);
        let name = &left[start..end];
        if name.is_empty() {
            return None;
        }
        if PASS_THROUGH.contains(&name) && start > 0 && left[start - 1] == b'.' {
            end = start - 1;
            continue;
        }
        return (name.len() >= 2 && name.iter().any(u8::is_ascii_alphabetic)).then_some(name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synth(line: &str) -> Option<String> {
        rewrite(line.as_bytes()).map(|p| String::from_utf8(p.line).unwrap())
    }

    #[test]
    fn fallbacks_of_lookups_are_named_after_their_variable() {
        for (line, want) in [
            ("STRIPE_KEY: ${STRIPE_KEY:-rk_live_Zk3p}", "STRIPE_KEY: rk_live_Zk3p"),
            (
                "app.key=${DATA_ENCRYPTION_KEY:58c4e327}",
                "DATA_ENCRYPTION_KEY: 58c4e327",
            ),
            (
                "  POSTGRES_PASSWORD: {{ .Values.postgresPassword | default \"Zk3pQ9\" | b64enc }}",
                "postgresPassword: Zk3pQ9",
            ),
            (
                "DB_MDP = os.environ.get(\"DB_PASSWORD\", \"Zk3pQ9\")",
                "DB_PASSWORD: Zk3pQ9",
            ),
            (
                "@click.option(\"--smtp\", envvar=\"SMTP_PASSWORD\", default=\"Zk3pQ9\", show_default=False)",
                "SMTP_PASSWORD: Zk3pQ9",
            ),
            (
                "secret_key: {{ getenv \"SECRET_KEY\" \"651a3802\" }}",
                "SECRET_KEY: 651a3802",
            ),
            (
                "const dbPass = process.env.DB_PASSWORT || 'Zk3pQ9x';",
                "DB_PASSWORT: Zk3pQ9x",
            ),
            (
                "'correoClave' => $_ENV['CORREO_CLAVE'] ?? 'Zk3pQ9x',",
                "CORREO_CLAVE: Zk3pQ9x",
            ),
            (
                "final String p = Optional.ofNullable(System.getenv(\"REDIS_PASSWORD\")).orElse(\"Zk3pQ9x\");",
                "REDIS_PASSWORD: Zk3pQ9x",
            ),
            (
                "let mail_password = mail_password.as_deref().unwrap_or(\"Zk3pQ9x\");",
                "mail_password: Zk3pQ9x",
            ),
            (
                "$s = if ($env:AUTH_SECRET) { $env:AUTH_SECRET } else { 'Zk3pQ9x' }",
                "AUTH_SECRET: Zk3pQ9x",
            ),
            (
                "db_password = <%= node['app']['db_password'] || 'Zk3pQ9x' %>",
                "db_password: Zk3pQ9x",
            ),
            (
                "db_pass = cfg.get(\"main\", \"db_pass\", fallback=\"Zk3pQ9x\")",
                "db_pass: Zk3pQ9x",
            ),
            (
                "fernet_key={{ salt['pillar.get']('app:fernet_key', 'Zk3pQ9x') }}",
                "fernet_key: Zk3pQ9x",
            ),
            (
                "token_secret: str = Field(default=\"Zk3pQ9x\", alias=\"TOKEN_SECRET\")",
                "token_secret: Zk3pQ9x",
            ),
        ] {
            assert_eq!(synth(line).as_deref(), Some(want), "{line}");
        }
        // A name that is no secret's, a reference as the fallback, a required variable.
        for line in [
            "PORT: ${PORT:-8080808}",
            "DB_PASSWORD: ${DB_PASSWORD:-$FALLBACK_PASSWORD}",
            "DB_PASSWORD: ${DB_PASSWORD:?must be set}",
            "tls = TlsOptions.create(\"client.p12\", os.getenv(\"TLS_PASSWORD\"), \"certs/root.pk7\")",
            "const msg = err.message || 'Something went wrong';",
            "const pass = process.env.DB_PASSWORD || `${base}-x`;",
            "const pass = process.env.DB_PASSWORD ?? '';",
        ] {
            assert_eq!(synth(line), None, "{line}");
        }
    }
}
