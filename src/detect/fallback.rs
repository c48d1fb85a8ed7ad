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
            r#"coalesce\(\s*var\.(?P<n8>\w{2,60})\s*,\s*["'](?P<l8>LIT)"#,
        ];
        let joined = format!("(?-u){}", alternatives.join("|").replace("LIT", LIT));
        Regex::new(&joined).expect("fallback pattern compiles")
    })
}

/// The line rewritten as `NAME: <fallback literal>…` when it holds a lookup's fallback literal
/// under a name that could be a secret's.
pub fn rewrite(line: &[u8]) -> Option<Paired> {
    if line.len() > 1000 || !markers().is_match(line) {
        return None;
    }
    let caps = pattern().captures(line)?;
    let (name, lit) =
        (1..=8).find_map(|k| Some((caps.name(&format!("n{k}"))?, caps.name(&format!("l{k}"))?)))?;
    // (Only the literal: what follows it, `}` or `" | b64enc }}`, is the template's.)
    let p = pair::synthetic_pair(name.as_bytes().to_vec(), line, lit.start())?;
    let keep = p.synthetic_value_at + lit.len();
    Some(Paired {
        line: p.line[..keep].to_vec(),
        ..p
    })
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
        ] {
            assert_eq!(synth(line).as_deref(), Some(want), "{line}");
        }
        // A name that is no secret's, a reference as the fallback, a required variable.
        for line in [
            "PORT: ${PORT:-8080808}",
            "DB_PASSWORD: ${DB_PASSWORD:-$FALLBACK_PASSWORD}",
            "DB_PASSWORD: ${DB_PASSWORD:?must be set}",
            "tls = TlsOptions.create(\"client.p12\", os.getenv(\"TLS_PASSWORD\"), \"certs/root.pk7\")",
        ] {
            assert_eq!(synth(line), None, "{line}");
        }
    }
}
