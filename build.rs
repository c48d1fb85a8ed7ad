//! Pre-parses the built-in rule catalog (`src/rules/*.toml`) into static Rust data so that
//! `keyhook run` does not parse ~100 KB of TOML (with every rule's examples) on each commit.
//!
//! Only the fields the scanner needs are emitted (not `examples`/`negatives`). If a catalog file
//! does not parse here, or holds a field this script does not know, nothing is emitted and the
//! library falls back to parsing the TOML at run time, which reports the error exactly as before.

use std::fmt::Write as _;

const FILES: &[&str] = &[
    "code",
    "cloud",
    "ai",
    "business",
    "longtail_a",
    "longtail_b",
    "longtail_c",
    "longtail_d",
    "longtail_e",
    "longtail_f",
    "longtail_g",
    "longtail_h",
    "crypto",
    "enterprise",
    "tools",
    "network",
    "generic",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    for f in FILES {
        println!("cargo:rerun-if-changed=src/rules/{f}.toml");
    }
    let out =
        std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("builtin_rules.rs");
    let code = match generate() {
        Some(body) => format!("static PREPARSED: Option<&[StaticRule]> = Some(&[\n{body}]);\n"),
        None => "static PREPARSED: Option<&[StaticRule]> = None;\n".to_string(),
    };
    std::fs::write(out, code).unwrap();
}

fn generate() -> Option<String> {
    let mut body = String::new();
    for f in FILES {
        let text = std::fs::read_to_string(format!("src/rules/{f}.toml")).ok()?;
        let doc: toml::Table = toml::from_str(&text).ok()?;
        if doc.keys().any(|k| k != "rules") {
            return None;
        }
        let Some(rules) = doc.get("rules") else {
            continue;
        };
        for r in rules.as_array()? {
            body.push_str(&rule(r.as_table()?)?);
        }
    }
    Some(body)
}

fn rule(t: &toml::Table) -> Option<String> {
    const KNOWN: &[&str] = &[
        "id",
        "description",
        "provider",
        "keywords",
        "file_keywords",
        "regex",
        "value",
        "entropy",
        "checksum",
        "context",
        "context_lines",
        "public_context",
        "random",
        "uuid_is_secret",
        "kind",
        "stopwords",
        "shape_keywords",
        "optional",
        "password",
        "rotate",
        "examples",
        "negatives",
    ];
    if t.keys().any(|k| !KNOWN.contains(&k.as_str())) {
        return None;
    }
    let s = |k: &str| -> Option<Option<String>> {
        match t.get(k) {
            None => Some(None),
            Some(v) => Some(Some(format!("{:?}", v.as_str()?))),
        }
    };
    let list = |k: &str| -> Option<String> {
        let mut o = String::from("&[");
        if let Some(v) = t.get(k) {
            for x in v.as_array()? {
                write!(o, "{:?},", x.as_str()?).unwrap();
            }
        }
        o.push(']');
        Some(o)
    };
    let opt = |v: Option<String>| v.map_or("None".to_string(), |v| format!("Some({v})"));
    let entropy = match t.get("entropy") {
        None => "None".to_string(),
        Some(v) => format!(
            "Some({:?}_f64)",
            v.as_float().or_else(|| v.as_integer().map(|i| i as f64))?
        ),
    };
    let checksum = match t.get("checksum").map(|v| v.as_str()) {
        None => "None",
        Some(Some("github")) => "Some(Checksum::Github)",
        Some(Some("npm")) => "Some(Checksum::Npm)",
        Some(Some("base64-payload")) => "Some(Checksum::Base64Payload)",
        Some(Some("dropbox-long-lived")) => "Some(Checksum::DropboxLongLived)",
        Some(Some("base64-private-key")) => "Some(Checksum::Base64PrivateKey)",
        Some(Some("base64-binary-key")) => "Some(Checksum::Base64BinaryKey)",
        Some(Some("bip39")) => "Some(Checksum::Bip39)",
        Some(Some("bip39-other")) => "Some(Checksum::Bip39Other)",
        Some(Some("bip32")) => "Some(Checksum::Bip32)",
        Some(Some("wif")) => "Some(Checksum::Wif)",
        Some(Some("byte-array")) => "Some(Checksum::ByteArray)",
        Some(Some("django-key")) => "Some(Checksum::DjangoKey)",
        Some(Some("confluent")) => "Some(Checksum::Confluent)",
        Some(Some("bitlocker")) => "Some(Checksum::Bitlocker)",
        Some(Some("base32-seed")) => "Some(Checksum::Base32Seed)",
        Some(Some("wp-app-password")) => "Some(Checksum::WpAppPassword)",
        Some(Some("kettle-encrypted")) => "Some(Checksum::KettleEncrypted)",
        Some(_) => return None,
    };
    let kind = match t.get("kind").map(|v| v.as_str()) {
        None | Some(Some("token")) => "Kind::Token",
        Some(Some("pem-block")) => "Kind::PemBlock",
        Some(_) => return None,
    };
    let context_lines = match t.get("context_lines") {
        None => "None".to_string(),
        Some(v) => format!(
            "Some({})",
            v.as_integer().filter(|n| (0..=200).contains(n))?
        ),
    };
    let flag = |k: &str| -> Option<bool> {
        match t.get(k) {
            None => Some(false),
            Some(v) => v.as_bool(),
        }
    };
    let random = flag("random")?;
    let uuid_is_secret = flag("uuid_is_secret")?;
    let shape_keywords = flag("shape_keywords")?;
    let optional = flag("optional")?;
    let password = flag("password")?;
    t.get("keywords")?;
    for k in ["examples", "negatives"] {
        list(k)?; // type-checked, not emitted
    }
    Some(format!(
        "StaticRule {{ id: {}, description: {}, provider: {}, keywords: {}, file_keywords: {}, regex: {}, value: {}, entropy: {entropy}, checksum: {checksum}, context: {}, context_lines: {context_lines}, public_context: {}, random: {random}, uuid_is_secret: {uuid_is_secret}, kind: {kind}, stopwords: {}, shape_keywords: {shape_keywords}, optional: {optional}, password: {password}, rotate: {} }},\n",
        s("id")??,
        s("description")??,
        s("provider")?.unwrap_or_else(|| "\"\"".into()),
        list("keywords")?,
        list("file_keywords")?,
        s("regex")?.unwrap_or_else(|| "\"\"".into()),
        opt(s("value")?),
        opt(s("context")?),
        opt(s("public_context")?),
        list("stopwords")?,
        opt(s("rotate")?),
    ))
}
