//! The foundation, end to end: real repositories, `keyhook install`, real `git commit`.

mod common;

use common::{random_value, text, Repo};

fn secret_line(seed: u8) -> (String, String) {
    let v = random_value(seed, 24);
    (format!("API_KEY = \"{v}\"\n"), v)
}

fn assert_blocked(repo: &Repo, out: &std::process::Output, before: usize) -> String {
    let t = text(out);
    assert!(!out.status.success(), "commit should be blocked:\n{t}");
    assert_eq!(repo.commit_count(), before, "HEAD moved:\n{t}");
    assert!(t.contains("keyhook: commit blocked"), "{t}");
    t
}

fn assert_passes(repo: &Repo, out: &std::process::Output, before: usize) {
    assert!(out.status.success(), "commit should pass:\n{}", text(out));
    assert_eq!(repo.commit_count(), before + 1);
}

#[test]
fn clean_commit_passes_and_secret_blocks_with_location_and_redaction() {
    let r = Repo::new();
    let out = r.commit_file("app.py", "print('hello')\n");
    assert_passes(&r, &out, 0);

    let (line, value) = secret_line(1);
    let out = r.commit_file("app.py", format!("print('hello')\nx = 1\n{line}"));
    let t = assert_blocked(&r, &out, 1);
    assert!(t.contains("app.py:3:"), "{t}");
    assert!(!t.contains(&value), "secret leaked:\n{t}");
    assert!(t.contains("keyhook allow "), "{t}");
    assert!(t.contains("--no-verify"), "{t}");
    assert!(t.contains("environment variable"), "{t}");
}

#[test]
fn first_commit_of_a_repository_is_scanned() {
    let r = Repo::new();
    let (line, _) = secret_line(2);
    let out = r.commit_file("config.yml", line);
    assert_blocked(&r, &out, 0);
}

#[test]
fn commit_all_scans_the_index_git_builds() {
    let r = Repo::new();
    assert_passes(&r, &r.commit_file("a.txt", "one\n"), 0);
    let (line, _) = secret_line(3);
    r.write("a.txt", format!("one\n{line}"));
    let out = r.git(&["commit", "-q", "-a", "-m", "all"]);
    let t = assert_blocked(&r, &out, 1);
    assert!(t.contains("a.txt:2:"), "{t}");
}

#[test]
fn commit_with_paths_scans_only_those_paths() {
    let r = Repo::new();
    assert_passes(&r, &r.commit_file("a.txt", "one\n"), 0);
    r.write("b.txt", "start\n");
    r.add("b.txt");
    assert_passes(&r, &r.commit("b"), 1);
    // A secret staged in b.txt must not block `git commit a.txt`.
    let (line, _) = secret_line(4);
    r.write("b.txt", format!("start\n{line}"));
    r.add("b.txt");
    r.write("a.txt", "one\ntwo\n");
    let out = r.git(&["commit", "-q", "-m", "only a", "--", "a.txt"]);
    assert_passes(&r, &out, 2);
    // And `git commit b.txt` is blocked.
    let out = r.git(&["commit", "-q", "-m", "only b", "--", "b.txt"]);
    let t = assert_blocked(&r, &out, 3);
    assert!(t.contains("b.txt:2:"), "{t}");
}

#[test]
fn partial_staging_scans_the_staged_blob_not_the_work_tree() {
    let r = Repo::new();
    assert_passes(&r, &r.commit_file("a.txt", "one\n"), 0);
    // Secret only in the work tree: passes.
    let (line, _) = secret_line(5);
    r.write("a.txt", "one\nclean line\n");
    r.add("a.txt");
    r.write("a.txt", format!("one\nclean line\n{line}"));
    assert_passes(&r, &r.commit("staged part is clean"), 1);
    // Secret staged, then removed from the work tree: blocks.
    r.write("a.txt", format!("one\nclean line\n{line}"));
    r.add("a.txt");
    r.write("a.txt", "one\nclean line\n");
    let out = r.commit("staged part has the secret");
    assert_blocked(&r, &out, 2);
}

#[test]
fn unchanged_deleted_and_renamed_secrets_do_not_block() {
    let r = Repo::new();
    let (line, _) = secret_line(6);
    r.write("old.txt", format!("a\n{line}b\n"));
    r.add("old.txt");
    r.commit_no_verify("legacy secret");
    let n = r.commit_count();
    // Another line changes: the old secret is not on an added line.
    let out = r.commit_file("old.txt", format!("a changed\n{line}b\n"));
    assert_passes(&r, &out, n);
    // The secret line is deleted.
    let out = r.commit_file("old.txt", "a changed\nb\n");
    assert_passes(&r, &out, n + 1);
    // A pure rename of a file holding a secret.
    r.write("keep.txt", format!("x\n{line}"));
    r.add("keep.txt");
    r.commit_no_verify("another legacy secret");
    let n = r.commit_count();
    std::fs::create_dir_all(r.path().join("moved")).unwrap();
    r.git_ok(&["mv", "keep.txt", "moved/kept.txt"]);
    assert_passes(&r, &r.commit("rename"), n);
}

#[test]
fn crlf_files_keep_line_numbers() {
    let r = Repo::new();
    let (line, _) = secret_line(7);
    let body = format!("one\r\ntwo\r\n{}\r\nfour\r\n", line.trim_end());
    let out = r.commit_file("win.ini", body);
    let t = assert_blocked(&r, &out, 0);
    assert!(t.contains("win.ini:3:"), "{t}");
}

/// UTF-16 with a byte-order mark (regedit's `.reg` exports, PowerShell 5's `Out-File`): a NUL byte
/// in every ASCII character, read as text, not passed as binary.
#[test]
fn utf16_files_are_read_as_text() {
    let r = Repo::new();
    let (line, value) = secret_line(10);
    let body = format!(
        "Windows Registry Editor Version 5.00\r\n\r\n{}\r\n",
        line.trim_end()
    );
    for (name, bytes) in [
        ("export.reg", {
            let mut b = vec![0xFF, 0xFE];
            b.extend(body.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }),
        ("settings-be.ini", {
            let mut b = vec![0xFE, 0xFF];
            b.extend(body.encode_utf16().flat_map(u16::to_be_bytes));
            b
        }),
    ] {
        let out = r.commit_file(name, bytes);
        let t = assert_blocked(&r, &out, 0);
        assert!(t.contains(&format!("{name}:3:")), "{t}");
        assert!(!t.contains(&value));
        r.git_ok(&["reset", "-q"]);
    }
    // The same file without a secret passes.
    let mut clean = vec![0xFF, 0xFE];
    clean.extend(
        "Windows Registry Editor Version 5.00\r\n\"Theme\"=\"dark\"\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    assert_passes(&r, &r.commit_file("clean.reg", clean), 0);
}

#[test]
fn non_utf8_content_and_odd_paths() {
    let r = Repo::new();
    let (line, value) = secret_line(8);
    let mut body = b"caf\xe9 \xff\xfe latin-1 text\n".to_vec();
    body.extend_from_slice(line.as_bytes());
    let out = r.commit_file("dir with space/ünïcode file.txt", body);
    let t = assert_blocked(&r, &out, 0);
    assert!(t.contains("ünïcode file.txt:2:"), "{t}");
    assert!(!t.contains(&value));
    // Non-UTF-8 without secrets passes.
    r.git_ok(&["reset", "-q"]);
    let out = r.commit_file("latin1.txt", b"na\xefve caf\xe9\n");
    assert_passes(&r, &out, 0);
}

#[test]
fn large_file_is_scanned_to_the_end() {
    let r = Repo::new();
    let mut big = String::with_capacity(21 << 20);
    let filler = "let value = compute_something(alpha, beta, gamma); // ordinary code\n";
    while big.len() < 20 << 20 {
        big.push_str(filler);
    }
    let lines = big.lines().count();
    assert_passes(&r, &r.commit_file("big.rs", &big), 0);
    let (line, _) = secret_line(9);
    big.push_str(&line);
    let out = r.commit_file("big.rs", &big);
    let t = assert_blocked(&r, &out, 1);
    assert!(t.contains(&format!("big.rs:{}:", lines + 1)), "{t}");
}

#[test]
fn symlinks_submodules_mode_changes_and_binaries_do_not_crash() {
    let r = Repo::new();
    assert_passes(&r, &r.commit_file("script.sh", "echo hi\n"), 0);
    // Mode-only change.
    r.git_ok(&["update-index", "--chmod=+x", "script.sh"]);
    assert_passes(&r, &r.commit("chmod"), 1);
    // A symlink whose target text looks like a secret is not content.
    #[cfg(unix)]
    {
        let v = random_value(10, 24);
        std::os::unix::fs::symlink(format!("API_KEY={v}"), r.path().join("link")).unwrap();
        r.add("link");
        assert_passes(&r, &r.commit("symlink"), 2);
    }
    // A submodule pointer (gitlink).
    let sub = Repo::bare_init();
    sub.write("f", "x\n");
    sub.add("f");
    sub.commit_no_verify("sub");
    let id = sub.head();
    r.git_ok(&[
        "update-index",
        "--add",
        "--cacheinfo",
        &format!("160000,{id},vendor/sub"),
    ]);
    let n = r.commit_count();
    assert_passes(&r, &r.commit("submodule"), n);
    // A binary blob containing a secret-looking string is not scanned.
    let (line, _) = secret_line(11);
    let mut bin = vec![0u8, 1, 2, 3];
    bin.extend_from_slice(line.as_bytes());
    let n = r.commit_count();
    assert_passes(&r, &r.commit_file("blob.bin", bin), n);
}

#[test]
fn env_files_block_by_name_and_templates_are_scanned() {
    let r = Repo::new();
    let out = r.commit_file(".env", "DEBUG=1\n");
    let t = assert_blocked(&r, &out, 0);
    assert!(t.contains("git rm --cached .env"), "{t}");
    assert!(t.contains(".gitignore does not cover it"), "{t}");
    r.git_ok(&["rm", "-q", "--cached", ".env"]);

    let out = r.commit_file("services/api/.env.production", "DEBUG=0\n");
    let t = assert_blocked(&r, &out, 0);
    assert!(
        t.contains("git rm --cached services/api/.env.production"),
        "{t}"
    );
    r.git_ok(&["rm", "-q", "--cached", "services/api/.env.production"]);

    // Force-added past .gitignore.
    r.write(".gitignore", ".env\n.env.*\n!.env.example\n");
    r.add(".gitignore");
    r.write(".env", "DEBUG=1\n");
    r.git_ok(&["add", "-f", ".env"]);
    let t = assert_blocked(&r, &r.commit("force"), 0);
    assert!(t.contains("although .gitignore ignores it"), "{t}");
    r.git_ok(&["rm", "-q", "--cached", ".env"]);

    // .env.example with placeholders passes; with a real value it blocks.
    let out = r.commit_file(
        ".env.example",
        "API_KEY=YOUR_API_KEY_HERE\nDB_PASSWORD=changeme\nTOKEN=<your-token>\n",
    );
    assert_passes(&r, &out, 0);
    let (line, _) = secret_line(12);
    let out = r.commit_file(".env.example", line.replace(" = ", "=").replace('"', ""));
    let t = assert_blocked(&r, &out, 1);
    assert!(t.contains(".env.example:1:"), "{t}");
}

#[test]
fn placeholders_and_environment_lookups_pass() {
    let r = Repo::new();
    let body = [
        "API_KEY = \"YOUR_API_KEY_HERE\"",
        "secret_key = \"your_secret_key_here\"",
        "token: <your-token>",
        "token: ${GITHUB_TOKEN}",
        "password: \"{{ secrets.DB_PASSWORD }}\"",
        "api_key = \"xxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "password = \"changeme\"",
        "key = os.environ[\"API_KEY\"]",
        "const token = process.env.API_TOKEN;",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ]
    .join("\n");
    let out = r.commit_file("settings.py", body + "\n");
    assert_passes(&r, &out, 0);
}

#[test]
fn inline_allow_annotation_is_line_scoped() {
    let r = Repo::new();
    let (line, _) = secret_line(13);
    let allowed = format!("{}  # keyhook:allow test fixture\n", line.trim_end());
    assert_passes(&r, &r.commit_file("fixture.py", &allowed), 0);
    // The annotation does not cover another line added in the same commit.
    let (line2, _) = secret_line(14);
    let out = r.commit_file("fixture.py", format!("{allowed}{line2}"));
    let t = assert_blocked(&r, &out, 1);
    assert!(t.contains("fixture.py:2:"), "{t}");
}

#[test]
fn user_diff_config_cannot_hide_changes() {
    let r = Repo::new();
    for (k, v) in [
        ("color.diff", "always"),
        ("diff.noprefix", "true"),
        ("diff.external", "/bin/true"),
        ("core.attributesFile", "/dev/null"),
    ] {
        r.git_ok(&["config", k, v]);
    }
    r.write(".gitattributes", "*.py -diff\n");
    r.add(".gitattributes");
    let (line, _) = secret_line(15);
    let out = r.commit_file("hidden.py", line);
    assert_blocked(&r, &out, 0);
}

#[test]
fn scan_json_reports_fields_without_the_secret() {
    let r = Repo::bare_init();
    let (line, value) = secret_line(16);
    r.write("src/conf.py", format!("# config\n{line}"));
    let out = r.keyhook(&["scan", "--format", "json", "src"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains(&value));
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
    let f = &v.as_array().expect("array")[0];
    assert_eq!(f["path"], "src/conf.py");
    assert_eq!(f["line"], 2);
    assert_eq!(f["column"], 12);
    for k in ["rule", "description", "redacted", "fingerprint"] {
        assert!(f[k].is_string(), "{k} missing: {f}");
    }
    // Clean tree: exit 0.
    std::fs::remove_file(r.path().join("src/conf.py")).unwrap();
    let out = r.keyhook(&["scan", "src"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
}

#[test]
fn broken_config_blocks_the_commit_with_file_and_line() {
    let r = Repo::new();
    r.write(
        ".keyhook.toml",
        "[allow]\npaths = [\"tests/**\"]\nunknown_key = 1\n",
    );
    r.add(".keyhook.toml");
    let out = r.commit_file("a.txt", "fine\n");
    let t = text(&out);
    assert!(!out.status.success(), "{t}");
    assert_eq!(r.commit_count(), 0);
    assert!(t.contains(".keyhook.toml:3:"), "{t}");
    assert!(t.contains("--no-verify"), "{t}");
}

#[test]
fn provider_token_with_valid_checksum_blocks_and_a_broken_one_passes() {
    let r = Repo::new();
    let pat = common::github_pat(7);
    let out = r.commit_file("deploy.py", format!("GITHUB_TOKEN = \"{pat}\"\n"));
    let t = assert_blocked(&r, &out, 0);
    assert!(t.contains("deploy.py:1:17"), "{t}");
    assert!(t.contains("GitHub personal access token"), "{t}");
    assert!(t.contains("checksum valid"), "{t}");
    assert!(t.contains("https://github.com/settings/tokens"), "{t}");
    assert!(!t.contains(&pat), "{t}");
    // Same shape, last character changed: the checksum fails, a typo'd or made-up token.
    let mut broken = pat.clone();
    let last = broken.pop().unwrap();
    broken.push(if last == 'A' { 'B' } else { 'A' });
    let out = r.commit_file("deploy.py", format!("GITHUB_TOKEN = \"{broken}\"\n"));
    assert_passes(&r, &out, 0);
}

/// A JKS keystore as keytool writes it: magic, version 2, entries (tag, alias, timestamp, then
/// a private key with its certificate chain, or a trusted certificate).
fn java_keystore(entries: &[(u32, &str)], seed: u8) -> Vec<u8> {
    let filler = random_value(seed, 64).into_bytes();
    let mut v = vec![0xFE, 0xED, 0xFE, 0xED, 0, 0, 0, 2];
    v.extend((entries.len() as u32).to_be_bytes());
    let cert = |v: &mut Vec<u8>| {
        v.extend(5u16.to_be_bytes());
        v.extend(b"X.509");
        v.extend((filler.len() as u32 + 4).to_be_bytes());
        v.extend([0x30, 0x82, 0, filler.len() as u8]);
        v.extend(&filler);
    };
    for (tag, alias) in entries {
        v.extend(tag.to_be_bytes());
        v.extend((alias.len() as u16).to_be_bytes());
        v.extend(alias.as_bytes());
        v.extend(1_700_000_000_000u64.to_be_bytes());
        if *tag == 1 {
            v.extend((filler.len() as u32).to_be_bytes());
            v.extend(&filler);
            v.extend(1u32.to_be_bytes());
        }
        cert(&mut v);
    }
    v.extend([0u8; 20]);
    v
}

/// A PKCS#12 file's outline as OpenSSL writes it: version 3, a `data` content holding a
/// shrouded key bag (its OID in the clear, the key itself encrypted), then the MAC.
fn pkcs12_with_key(seed: u8) -> Vec<u8> {
    let data_oid = [
        0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01,
    ];
    let shrouded = [
        0x06, 0x0B, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x0A, 0x01, 0x02,
    ];
    let mut body = vec![0x02, 0x01, 0x03, 0x30, 0x82, 0x01, 0x00];
    body.extend(data_oid);
    body.extend([0xA0, 0x80, 0x04, 0x82, 0x00, 0x90, 0x30, 0x82, 0x00, 0x8C]);
    body.extend(shrouded);
    body.extend([0xA0, 0x42, 0x04, 0x40]);
    body.extend(random_value(seed, 64).into_bytes());
    let mut v = vec![0x30, 0x82];
    v.extend((body.len() as u16).to_be_bytes());
    v.extend(body);
    v
}

#[test]
fn key_stores_holding_a_private_key_block_and_truststores_pass() {
    let r = Repo::new();
    // Certificates only (a truststore) and Android's shared debug key: not secrets.
    let trust = java_keystore(&[(2, "ca"), (2, "intermediate")], 20);
    assert_passes(&r, &r.commit_file("app/truststore.jks", trust), 0);
    let debug = java_keystore(&[(1, "androiddebugkey")], 21);
    assert_passes(&r, &r.commit_file("app/debug.keystore", debug), 1);

    // A signing key after a trusted certificate.
    let signing = java_keystore(&[(2, "ca"), (1, "release")], 22);
    let out = r.commit_file("app/release.jks", &signing);
    let t = assert_blocked(&r, &out, 2);
    assert!(t.contains("app/release.jks"), "{t}");
    assert!(t.contains("java-keystore-private-key"), "{t}");
    assert!(t.contains("git rm --cached app/release.jks"), "{t}");
    assert!(t.contains("*.jks"), "{t}");
    r.git_ok(&["rm", "-q", "--cached", "app/release.jks"]);

    let p12 = pkcs12_with_key(23);
    let out = r.commit_file("certs/server.p12", &p12);
    let t = assert_blocked(&r, &out, 2);
    assert!(t.contains("pkcs12-private-key"), "{t}");

    // A fixture: allowed by the fingerprint of its content, which the message gives.
    let fp = t
        .split("keyhook allow ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .expect("a fingerprint in the message")
        .to_string();
    assert!(r.keyhook(&["allow", &fp]).status.success());
    r.add(".keyhook.toml");
    assert_passes(&r, &r.commit("fixture allowed"), 2);
    // Another key store with another key still blocks.
    let out = r.commit_file("certs/client.p12", pkcs12_with_key(24));
    assert_blocked(&r, &out, 3);

    // Rails' master key: a key by its name and shape; the credentials it decrypts are not.
    r.git_ok(&["rm", "-q", "--cached", "certs/client.p12"]);
    let key = random_value(25, 64)
        .bytes()
        .map(|b| b"0123456789abcdef"[(b % 16) as usize] as char)
        .take(32)
        .collect::<String>();
    let out = r.commit_file("config/master.key", &key);
    let t = assert_blocked(&r, &out, 3);
    assert!(t.contains("config/master.key:1:1"), "{t}");
    assert!(t.contains("rails-master-key"), "{t}");
    assert!(!t.contains(&key), "{t}");
    r.git_ok(&["rm", "-q", "--cached", "config/master.key"]);
    let out = r.commit_file("config/credentials.yml.enc", format!("{key}--{key}\n"));
    assert_passes(&r, &out, 3);

    // `keyhook scan` finds it too, and its JSON says what kind of finding it is.
    let out = r.keyhook(&["scan", "--format", "json", "certs/client.p12"]);
    let t = text(&out);
    assert!(t.contains("\"kind\": \"key-file\""), "{t}");
}

#[test]
fn credential_files_block_on_their_password_lines_and_hashes_pass() {
    let r = Repo::new();
    // rsync's secrets file: `user:password`, the password named by the file alone.
    let pass = random_value(30, 18);
    let out = r.commit_file(
        "etc/rsyncd.secrets",
        format!("# rsync users\nmirror:{pass}\n"),
    );
    let t = assert_blocked(&r, &out, 0);
    assert!(t.contains("etc/rsyncd.secrets:2:8"), "{t}");
    assert!(!t.contains(&pass), "{t}");
    r.git_ok(&["rm", "-q", "--cached", "etc/rsyncd.secrets"]);

    // The same line in source code is not a password.
    assert_passes(
        &r,
        &r.commit_file("src/notes.txt", format!("mirror:{pass}\n")),
        0,
    );

    // PgBouncer's user list: a stored SCRAM verifier passes, a plain password blocks.
    let scram = format!(
        "\"app\" \"SCRAM-SHA-256$4096:{}=${}=:{}=\"\n",
        random_value(31, 22),
        random_value(32, 43),
        random_value(33, 43)
    );
    assert_passes(&r, &r.commit_file("pgbouncer/userlist.txt", &scram), 1);
    let plain = random_value(34, 20);
    let out = r.commit_file(
        "pgbouncer/userlist.txt",
        format!("{scram}\"report\" \"{plain}\"\n"),
    );
    let t = assert_blocked(&r, &out, 2);
    assert!(t.contains("pgbouncer/userlist.txt:2:11"), "{t}");

    // Only the added line counts: the file's old lines were committed already.
    r.git_ok(&["rm", "-q", "--cached", "pgbouncer/userlist.txt"]);
    assert_passes(
        &r,
        &r.commit_file(
            "conf/shiro.ini",
            "[main]\nsessionManager = org.example.Sessions\n",
        ),
        2,
    );
    let out = r.commit_file(
        "conf/shiro.ini",
        format!("[main]\nsessionManager = org.example.Sessions\n[users]\nops = {plain}, admin\n"),
    );
    let t = assert_blocked(&r, &out, 3);
    assert!(t.contains("conf/shiro.ini:4:7"), "{t}");
}

#[test]
fn keys_an_app_ships_pass_in_its_config_files_and_block_elsewhere() {
    let r = Repo::new();
    let google = format!("AIza{}", random_value(40, 35));
    // Firebase's Android config and an app's string resources: keys made to ship in the app.
    let services = format!(
        "{{\n  \"client\": [{{\n    \"api_key\": [\n      {{\n        \"current_key\": \"{google}\"\n      }}\n    ]\n  }}]\n}}\n"
    );
    assert_passes(&r, &r.commit_file("app/google-services.json", &services), 0);
    let write_key = random_value(41, 32);
    let strings = format!(
        "<resources>\n    <string name=\"segment_write_key\" translatable=\"false\">{write_key}</string>\n</resources>\n"
    );
    assert_passes(
        &r,
        &r.commit_file("app/src/main/res/values/keys.xml", &strings),
        1,
    );
    // The same Google key in a server's code, and a Gemini key in the app's own code, block.
    let out = r.commit_file("server/geo.py", format!("MAPS_API_KEY = \"{google}\"\n"));
    let t = assert_blocked(&r, &out, 2);
    assert!(t.contains("server/geo.py:1:"), "{t}");
    r.git_ok(&["rm", "-q", "--cached", "server/geo.py"]);
    let gemini = format!("AIza{}", random_value(42, 35));
    let out = r.commit_file(
        "app/src/main/java/com/example/Keys.kt",
        format!("object Keys {{\n    const val GEMINI_API_KEY = \"{gemini}\"\n}}\n"),
    );
    let t = assert_blocked(&r, &out, 2);
    assert!(t.contains("Keys.kt:2:"), "{t}");
}

/// A BIP-39 recovery phrase of 12 words made from `seed` at test time, with its checksum.
fn recovery_phrase(seed: u8) -> String {
    let words: Vec<&str> = include_str!("../src/detect/bip39-english.txt")
        .lines()
        .collect();
    let entropy: Vec<u8> = random_value(seed, 16).bytes().collect();
    let sum = keyhook::detect::crypto_keys::sha256(&entropy)[0];
    let mut bits: Vec<bool> = entropy
        .iter()
        .flat_map(|b| (0..8).rev().map(move |k| (b >> k) & 1 == 1))
        .collect();
    bits.extend((0..4).rev().map(|k| (sum >> (k + 4)) & 1 == 1));
    bits.chunks(11)
        .map(|w| words[w.iter().fold(0usize, |acc, &b| (acc << 1) | usize::from(b))])
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn wallet_phrases_block_and_encrypted_env_copies_pass() {
    let r = Repo::new();
    // Laravel's `php artisan env:encrypt` writes this file to be committed.
    let encrypted = format!("eyJpdiI6I{}\n", random_value(50, 120));
    assert_passes(
        &r,
        &r.commit_file(".env.production.encrypted", encrypted),
        0,
    );
    let phrase = recovery_phrase(51);
    let out = r.commit_file(
        "scripts/deploy.ts",
        format!("const MNEMONIC = \"{phrase}\";\n"),
    );
    let t = assert_blocked(&r, &out, 1);
    assert!(t.contains("scripts/deploy.ts:1:"), "{t}");
    assert!(t.contains("recovery"), "{t}");
    assert!(!t.contains(&phrase), "the phrase must be redacted:\n{t}");
    r.git_ok(&["rm", "-q", "--cached", "scripts/deploy.ts"]);
    // The same words with the last one changed fail the checksum; Hardhat's published
    // development mnemonic is public.
    let (head, _) = phrase.rsplit_once(' ').unwrap_or_default();
    let other = ["abandon", "ability", "able", "about"]
        .iter()
        .map(|w| format!("{head} {w}"))
        .find(|p| !keyhook::detect::crypto_keys::holds_recovery_phrase(p.as_bytes()))
        .unwrap_or_default();
    let hardhat = "test test test test test test test test test test test junk";
    let out = r.commit_file(
        "hardhat.config.js",
        format!("const A = \"{other}\";\nconst MNEMONIC = \"{hardhat}\";\n"),
    );
    assert_passes(&r, &out, 1);
}

#[test]
fn a_literal_under_a_neutral_name_blocks_where_its_use_is_a_secret_slot() {
    // `UPSTREAM_REF` says nothing; its use as a subscription-key header does. The commit that
    // brings the value in is blocked on the definition's line.
    let r = Repo::new();
    let v = random_value(40, 32);
    let use_line = "const res = await fetch(URL, { headers: { \"Ocp-Apim-Subscription-Key\": UPSTREAM_REF } });\n";
    let file = format!("const URL = \"https://api.example.org/v7/news\";\nconst UPSTREAM_REF = '{v}';\n\n{use_line}");
    let t = assert_blocked(&r, &r.commit_file("scripts/fetch.mjs", &file), 0);
    assert!(t.contains("scripts/fetch.mjs:2:"), "{t}");
    assert!(t.contains("line 4 uses it as this secret"), "{t}");
    assert!(!t.contains(&v), "secret leaked:\n{t}");

    // The use already committed, the value added later: blocked too.
    let r = Repo::new();
    let old = format!("const UPSTREAM_REF = process.env.UPSTREAM_REF;\n\n{use_line}");
    assert_passes(&r, &r.commit_file("fetch.mjs", old), 0);
    let t = assert_blocked(&r, &r.commit_file("fetch.mjs", &file), 1);
    assert!(t.contains("fetch.mjs:2:"), "{t}");

    // Shell: `${NAME}` in a query string.
    let r = Repo::new();
    let sh = format!("#!/bin/sh\nPRIMARY_VALUE=\"{v}\"\ncurl -fsS \"https://api.rawg.io/api/games?key=${{PRIMARY_VALUE}}\"\n");
    let t = assert_blocked(&r, &r.commit_file("fetch.sh", sh), 0);
    assert!(t.contains("fetch.sh:2:"), "{t}");
}

#[test]
fn a_neutral_literal_used_elsewhere_or_named_public_passes() {
    let r = Repo::new();
    let v = random_value(41, 32);
    // Used as a cache key and in a log line: no secret slot.
    let file = format!(
        "BUILD_REF = \"{v}\"\ncache.set(\"build\", BUILD_REF)\nprint(\"built\", BUILD_REF)\n"
    );
    assert_passes(&r, &r.commit_file("build.py", file), 0);
    // A name that says the key is public (a browser key for a maps widget).
    let file = format!(
        "const PUBLIC_MAPS_KEY = '{v}';\nconst opts = {{ apiKey: PUBLIC_MAPS_KEY, libraries: ['places'] }};\n"
    );
    assert_passes(&r, &r.commit_file("map.js", file), 1);
    // An app's own file: a client-side slot (an analytics write key) is public there, whether
    // the value stands in it or comes through a name.
    let file = format!(
        "final class AppDelegate {{\n    private let cfgValue = \"{v}\"\n    let opts = [\"writeKey\": cfgValue]\n}}\n"
    );
    assert_passes(&r, &r.commit_file("ios/App/AppDelegate.swift", file), 2);
    // A secret slot whose value was committed before: only the new use is added, and the
    // value itself is not new.
    let old = format!("SVC_VALUE = \"{v}\"\n");
    assert_passes(&r, &r.commit_file("client.py", &old), 3);
    let new = format!("{old}requests.get(URL, params={{\"apikey\": SVC_VALUE}})\n");
    assert_passes(&r, &r.commit_file("client.py", new), 4);
}

/// `n` bytes that look random, as C literals (made at run time, so that this file holds no
/// key-shaped array of its own).
fn c_bytes(n: usize, seed: u32) -> String {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            format!("0x{:02X}", (x >> 16) as u8)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn a_key_written_as_a_byte_array_blocks_on_its_added_lines() {
    // A TLS-PSK key whose bytes run over the lines below its name.
    let r = Repo::new();
    let (a, b) = (c_bytes(8, 1), c_bytes(8, 2));
    let file = format!(
        "#include <stdint.h>\n\nstatic const unsigned char psk[] = {{\n    {a},\n    {b}\n}};\n"
    );
    let t = assert_blocked(&r, &r.commit_file("main/tls_psk.c", &file), 0);
    assert!(t.contains("main/tls_psk.c:3:"), "{t}");
    assert!(
        !t.contains(&a) && !t.contains(&a.replace("0x", "").replace(", ", "")),
        "{t}"
    );
    // Only the bytes rotated: blocked on the first changed line of bytes.
    let r = Repo::new();
    let zeros = ["0x00"; 8].join(", ");
    let old = format!(
        "// TLS-PSK\nstatic const unsigned char psk[] = {{\n    {zeros},\n    {zeros}\n}};\n"
    );
    assert_passes(&r, &r.commit_file("psk.c", old), 0);
    let new =
        format!("// TLS-PSK\nstatic const unsigned char psk[] = {{\n    {a},\n    {b}\n}};\n");
    let t = assert_blocked(&r, &r.commit_file("psk.c", new), 1);
    assert!(t.contains("psk.c:3:"), "{t}");
    // A LoRaWAN key as RadioLib's `#define`, and an LMIC `APPKEY[16]` on one line.
    let r = Repo::new();
    let h = format!("#define RADIOLIB_LORAWAN_NWK_KEY   {}\n", c_bytes(16, 5));
    assert_blocked(&r, &r.commit_file("include/config.h", h), 0);
    let ino = format!(
        "static const u1_t PROGMEM APPKEY[16] = {{ {} }};\n",
        c_bytes(16, 6)
    );
    let r = Repo::new();
    assert_blocked(&r, &r.commit_file("node.ino", ino), 0);
}

#[test]
fn byte_tables_ivs_public_keys_and_test_vectors_pass() {
    let r = Repo::new();
    let file = format!(
        "static const uint8_t sbox[32] = {{\n    {},\n    {}\n}};\nstatic const uint8_t iv[16] = {{ {} }};\nstatic const uint8_t server_public_key[32] = {{ {} }};\nstatic const u1_t PROGMEM DEVEUI[8] = {{ {} }};\n",
        c_bytes(16, 7),
        c_bytes(16, 8),
        c_bytes(16, 9),
        c_bytes(32, 10),
        c_bytes(8, 11)
    );
    assert_passes(&r, &r.commit_file("src/tables.c", file), 0);
    // A crypto test: the key beside its plaintext and expected ciphertext.
    let test = format!(
        "static const uint8_t key[16] = {{ {} }};\nstatic const uint8_t plaintext[16] = {{ {} }};\nstatic const uint8_t expected[16] = {{ {} }};\n",
        c_bytes(16, 12),
        c_bytes(16, 13),
        c_bytes(16, 14)
    );
    assert_passes(&r, &r.commit_file("tests/test_aes.c", test), 1);
}

#[test]
fn a_key_inside_a_url_encoded_query_string_blocks() {
    // A QGIS datasource: the tile URL's query string is URL-encoded inside the layer's own.
    let r = Repo::new();
    let key = format!("sk.{}", random_value(31, 60));
    let qgs = format!(
        "<maplayer>\n  <datasource>type=xyz&amp;url=https://api.mapbox.com/styles/v1/mapbox/light-v11/tiles/256/{{z}}/{{x}}/{{y}}?access_token%3D{key}&amp;zmax=19</datasource>\n</maplayer>\n"
    );
    let t = assert_blocked(&r, &r.commit_file("maps/site.qgs", qgs), 0);
    assert!(t.contains("maps/site.qgs:2:"), "{t}");
    assert!(!t.contains(&key), "{t}");
    // The same query string with a public token (`pk.`) and a templated one passes.
    let r = Repo::new();
    let public = format!(
        "url=https://api.mapbox.com/v4/x.png?access_token%3Dpk.eyJ1IjoiZmllbGRub3RlcyIsImEiOiJj{}In0.{}\nnext=https%3A%2F%2Fapp.example%2Fcb%3Ftoken%3D%7B%7Btoken%7D%7D\n",
        random_value(32, 20),
        random_value(33, 22)
    );
    assert_passes(&r, &r.commit_file("layers.txt", public), 0);
}
