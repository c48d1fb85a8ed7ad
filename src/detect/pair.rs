//! A value whose name sits on a line above it, as lists of name/value pairs write them:
//! Kubernetes and Azure Pipelines `env` lists (`- name: DB_PASSWORD` then `value: …`), Postman
//! and HAR `{"key": "password", "value": …}` objects, Terraform parameters (`name =
//! "/app/api_key"`, `type = …`, `value = …`), CloudFormation parameters (`ParameterKey`, then
//! `ParameterValue`), a YAML key that opens a list of one value
//! (`Authorization:` then `- "Basic …"`), Apple property lists (`<key>ApiToken</key>` then
//! `<string>…</string>`), XML values (Hadoop's `<name>fs.azure.account.key.…</name>` then
//! `<value>…</value>`, Jenkins' `<defaultValue>`, KeePass exports' `<Key>Password</Key>` then
//! `<Value>`, .NET `<setting name="…">`, `unattend.xml`'s `<AdministratorPassword>` then
//! `<Value>`), getters (`+ (NSString *)apiSecret {` then `return @"…";`) and Kconfig entries
//! (`config APP_PASSWORD`, its type, then `default "…"`). The
//! detector scans such a line again as `NAME: value` so that every rule and filter that reads a
//! name applies.

/// How many lines above a `value` line its `name` may be (a `type = …` line between them; a
/// Raycast preference's `title`, `description`, `type` and `required`).
const NAME_LINES: usize = 6;

/// The line rewritten as `NAME: <the rest of the line from its value on>`, and the offset of
/// the value in the real line and in the rewritten one.
pub struct Paired {
    pub line: Vec<u8>,
    pub value_at: usize,
    pub synthetic_value_at: usize,
}

/// Is line `i` the value of a pair whose name is above it? Only names that could be a
/// secret's (they say pass, pwd, secret, token, key, auth, cred, private, access, salt, pepper,
/// bearer or cert, as Agora's app certificate does) are returned.
pub fn paired(lines: &[&[u8]], i: usize) -> Option<Paired> {
    let line = *lines.get(i)?;
    let indent = line.len() - line.trim_ascii_start().len();
    let body = &line[indent..];
    // A command line written one argument per line: `--password` then the value (a Sqoop
    // options file, an Oozie `<arg>` list, a container's `args:` list, a JSON `argv`).
    if let Some((name, v)) = flag_above(lines, i, body) {
        return synthetic_pair(name, line, indent + v);
    }
    // A Windows `ftp -s:` script: `open <host>`, the user name, then the password, each on
    // its own line.
    if let Some(v) = ftp_script_password(lines, i) {
        return synthetic_pair(b"ftp_password".to_vec(), line, v);
    }
    // A login script that answers a password prompt (`expect "assword:"` then `send "…\r"`,
    // Tera Term's `wait 'Password:'` then `sendln '…'`, `tn.read_until(b"Password: ")` then
    // `tn.write(b"…\n")`, or `enable` sent just before).
    if let Some(v) = prompt_answer(lines, i, body) {
        return synthetic_pair(b"password".to_vec(), line, indent + v);
    }
    // A .NET settings class (`Settings.Designer.cs`): the default value's attribute, then the
    // property it belongs to (`public string FtpPassword {`).
    if let Some(rest) = body
        .strip_prefix(b"[global::System.Configuration.DefaultSettingValueAttribute(\"")
        .or_else(|| body.strip_prefix(b"[DefaultSettingValue(\""))
    {
        let name = lines[i + 1..lines.len().min(i + 3)].iter().find_map(|l| {
            let l = l.trim_ascii();
            let rest = l.strip_prefix(b"public ")?;
            let rest = &rest[rest.iter().position(|&b| b == b' ')? + 1..];
            let name = &rest[..rest.iter().position(|&b| b == b' ' || b == b'{')?];
            (!name.is_empty() && name.iter().all(|&b| is_name_byte(b))).then(|| name.to_vec())
        })?;
        return synthetic_pair(name, line, line.len() - rest.len());
    }
    // Every line without a finding comes here: leave at once unless it can start a value
    // (`value`, `"value"`, `- `, `<string>`, `default`).
    if !matches!(
        body.first(),
        Some(b'v' | b'V' | b'P' | b'"' | b'\'' | b'-' | b'<' | b'r' | b'd' | b'(')
    ) {
        return None;
    }
    // (A row of an SQL `INSERT` is the only value line that starts with a parenthesis.)
    if body.first() == Some(&b'(') {
        let (name, v) = sql_row(lines, i, body)?;
        return synthetic_pair(name, line, indent + v);
    }
    let (name, value_at) = if let Some(v) = value_field(body) {
        let mut name = name_above(lines, i)?;
        // A Postman variable typed `secret` under a name that says nothing (`p2`) or only what
        // the value is for (`session`); not an id.
        if !names_a_secret_word(&name)
            && !super::filters::names_id(&name)
            && typed_secret(&lines[i + 1..lines.len().min(i + 3)])
        {
            name.extend_from_slice(b"_secret");
        }
        (name, indent + v)
    } else if let Some(v) = registered_user(lines, i, body) {
        // Orthanc's `"RegisteredUsers": { "user": "password" }`.
        (b"password".to_vec(), indent + v)
    } else if let Some(rest) = body.strip_prefix(b"- ") {
        // A YAML list item right under `NAME:` (which holds nothing on its own line).
        let value_at = indent + 2 + (rest.len() - rest.trim_ascii_start().len());
        // An item that is a mapping (`StageKeys:` then `- RestApiId: !Ref RestApi`) holds
        // fields, not a value.
        if let Some((_, after)) = field_key(rest.trim_ascii_start()) {
            let tail = &rest.trim_ascii_start()[after - 1..];
            if tail.starts_with(b":") && tail.get(1).is_none_or(|b| b.is_ascii_whitespace()) {
                return None;
            }
        }
        let above_line = lines[i.checked_sub(1)?];
        let above = above_line.trim_ascii();
        let key = above.strip_suffix(b":")?;
        let key = unquote(key);
        if key.is_empty() || !key.iter().all(|&b| is_name_byte(b)) {
            return None;
        }
        // Under a block that says what its keys hold (Ory's `secrets:` / `cookie:` / `- …`),
        // the block's name counts too: `secrets_cookie`.
        let mut name = key.to_vec();
        if !may_name_a_secret(&name) {
            if let Some(parent) = parent_key(lines, i - 1, above_line).filter(|p| {
                let lower = p.to_ascii_lowercase();
                [
                    &b"secrets"[..],
                    b"passwords",
                    b"tokens",
                    b"keys",
                    b"credentials",
                ]
                .iter()
                .any(|w| lower.ends_with(w))
            }) {
                name = [parent, b"_", &name].concat();
            }
        }
        (name, value_at)
    } else if let Some(name) = body
        .strip_prefix(b"default \"")
        .and_then(|_| kconfig_symbol(lines, i))
    {
        // A Kconfig entry: `config APP_PASSWORD`, `string "…"`, then `default "…"`.
        (name, indent + b"default ".len())
    } else if body.starts_with(b"<string>") {
        // An Apple property list: `<key>NAME</key>` then `<string>value</string>`; an XStream
        // map entry (Mirth's channel exports): `<entry>`, `<string>NAME</string>`, then the
        // value's `<string>` (inside a `<list>` or not).
        let above = lines[i.checked_sub(1)?].trim_ascii();
        let key = match above.strip_prefix(b"<key>") {
            Some(k) => k.strip_suffix(b"</key>")?,
            None => {
                let key_line = if above == b"<list>" {
                    lines[i.checked_sub(2)?].trim_ascii()
                } else {
                    above
                };
                let entry = lines[i.checked_sub(if above == b"<list>" { 3 } else { 2 })?];
                if entry.trim_ascii() != b"<entry>" {
                    return None;
                }
                key_line
                    .strip_prefix(b"<string>")?
                    .strip_suffix(b"</string>")?
            }
        };
        if key.is_empty() || !key.iter().all(|&b| is_name_byte(b)) {
            return None;
        }
        (key.to_vec(), indent + b"<string>".len())
    } else if let Some((name, v)) = table_row(body) {
        // An HTML table's row (a Confluence page's export): the name's cell, then the value's.
        (name, indent + v)
    } else if let Some(rest) = body.strip_prefix(b"return ") {
        // A getter's body: `+ (NSString *)apiSecret {` (or `var apiKey: String {`, `String
        // getToken() {`, Go's `func (c Config) APIKey() string {`) then `return @"…";`.
        let literal = rest.strip_prefix(b"@").unwrap_or(rest);
        if !matches!(literal.first(), Some(b'"' | b'\'')) {
            return None;
        }
        let name = getter_name(lines[i.checked_sub(1)?])?;
        (name.to_vec(), indent + (body.len() - literal.len()))
    } else if matches!(body.first(), Some(b'"' | b'\'')) && i >= 3 && is_vapid_call(lines, i) {
        // web-push's `setVapidDetails(` with one argument per line: subject, public key, then
        // the private key.
        (b"vapid_private_key".to_vec(), indent)
    } else if let Some(name) = matches!(body.first(), Some(b'"' | b'\''))
        .then(|| list_opener_above(lines, i))
        .flatten()
    {
        // The one value of a list opened on the line above: a Keycloak export's
        // `"bindCredential" : [` then `"…"`, TOML/HCL `password = [` then `"…"`.
        (name, indent)
    } else if let Some(v) = xml_value_start(body) {
        // An XML element holding the value of a name given on the line above.
        (xml_name_above(lines, i)?, indent + v)
    } else if let Some((name, v)) = inline_value_object(body) {
        // Heroku's `app.json` on one line: `"NAME": {"description": …, "value": "…"}`.
        (name, indent + v)
    } else if let Some((name, v)) = secret_block_member(lines, i, body) {
        // A member of a block that holds secrets by name: civo's `"apikeys": {"work": "…"}`.
        (name, indent + v)
    } else {
        return None;
    };
    synthetic_pair(name, line, value_at)
}

/// The offset of the password in line `i` of a Windows `ftp -s:` script: two lines under
/// `open <host>`, after the user name's line, a line of one word.
fn ftp_script_password(lines: &[&[u8]], i: usize) -> Option<usize> {
    let open = lines[i.checked_sub(2)?].trim_ascii();
    let host = open.strip_prefix(b"open ")?.trim_ascii();
    let one_word =
        |l: &[u8]| !l.is_empty() && l.len() <= 64 && !l.contains(&b' ') && !l.contains(&b'\t');
    // (`open <host> [port]`, not prose that starts with "open"; a user name without code's
    // punctuation.)
    let mut words = host.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let (Some(name), port) = (words.next(), words.next()) else {
        return None;
    };
    let user = lines[i - 1].trim_ascii();
    if words.next().is_some()
        || !port.is_none_or(|p| p.iter().all(u8::is_ascii_digit))
        || !name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'))
        || user.iter().any(|b| b"\"'=,;(){}".contains(b))
        || !one_word(name)
        || !one_word(user)
        || !one_word(lines[i].trim_ascii())
    {
        return None;
    }
    Some(lines[i].len() - lines[i].trim_ascii_start().len())
}

/// What a login script sends: `send -- "X\r"`, `sendln 'X'`, `crt.Screen.Send "X" & vbCr`,
/// `s.write(b"X\r\n")`, `shell.send("X\n")`, `child.sendline("X")`, `$t->print('X')`, minicom's
/// bare `send X`. The literal's offset in `body` and its length, line ends left out.
fn sent_literal(body: &[u8]) -> Option<(usize, usize)> {
    static VERBS: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    let verbs = VERBS.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["send", "write(", "->print("])
            .expect("verbs build")
    });
    let verb_end = verbs.find(body)?.end();
    let rest = &body[verb_end..];
    // (`sendline`, `send_string`, `Send(`: the rest of the verb's name, then the argument.)
    let skip = rest
        .iter()
        .position(|b| !(b.is_ascii_alphabetic() || *b == b'_'))
        .unwrap_or(rest.len());
    let mut at = verb_end + skip;
    while matches!(body.get(at), Some(b' ' | b'\t' | b'(')) {
        at += 1;
    }
    if body[at..].starts_with(b"-- ") {
        at += 3;
    }
    if matches!(body.get(at), Some(b'b' | b'r')) && matches!(body.get(at + 1), Some(b'"' | b'\'')) {
        at += 1;
    }
    let (start, end) = match body.get(at) {
        Some(&q @ (b'"' | b'\'')) => {
            let len = body[at + 1..].iter().position(|&b| b == q)?;
            (at + 1, at + 1 + len)
        }
        // (minicom's `send Puma.78940`: a bare word, the whole rest of the line.)
        Some(_) if body[..verb_end].eq_ignore_ascii_case(b"send") => {
            let word = body[at..].trim_ascii_end();
            (!word.contains(&b' ')).then_some((at, at + word.len()))?
        }
        _ => return None,
    };
    let mut lit = &body[start..end];
    for ending in [&b"\\r\\n"[..], b"\\n", b"\\r"] {
        if let Some(l) = lit.strip_suffix(ending) {
            lit = l;
            break;
        }
    }
    (4..=64).contains(&lit.len()).then_some((start, lit.len()))
}

/// The offset of the password a login script sends on line `i`: the nearest line above that
/// is not blank or a pause waits for a password prompt, or sent `enable`.
fn prompt_answer(lines: &[&[u8]], i: usize, body: &[u8]) -> Option<usize> {
    if body.len() > 200 {
        return None;
    }
    let (at, len) = sent_literal(body)?;
    let lit = &body[at..at + len];
    if lit
        .iter()
        .any(|b| b.is_ascii_whitespace() || matches!(b, b'$' | b'%' | b'{' | b'['))
    {
        return None;
    }
    let above = lines[i.saturating_sub(4)..i]
        .iter()
        .rev()
        .map(|l| l.trim_ascii())
        .find(|l| !l.is_empty() && !super::filters::contains(&l.to_ascii_lowercase(), b"sleep"))?;
    let lower = above.to_ascii_lowercase();
    let prompt = [&b"assword"[..], b"passphrase", b"passcode", b"secret:"]
        .iter()
        .any(|w| super::filters::contains(&lower, w));
    let enable = sent_literal(above).is_some_and(|(a, n)| above[a..a + n] == *b"enable");
    (prompt || enable).then_some(at)
}

/// Line `i` is an argument whose flag is the line above, in one of the ways a command line is
/// written one argument per line: a bare line (`--password` then `S3cr…`), a YAML list
/// (`- --password` then `- "S3cr…"`), an XML list (`<arg>--password</arg>` then
/// `<arg>S3cr…</arg>`) or a JSON array (`"--password",` then `"S3cr…",`). The flag's name
/// (`db_password`) and the offset of the value in `body`.
fn flag_above(lines: &[&[u8]], i: usize, body: &[u8]) -> Option<(Vec<u8>, usize)> {
    let above = lines[i.checked_sub(1)?].trim_ascii();
    // The common case leaves here: the line above is no lone flag.
    if !matches!(above.first(), Some(b'-' | b'<' | b'"' | b'\'')) || above.len() > 80 {
        return None;
    }
    let body = body.trim_ascii_end();
    let (flag, at) = if let Some(f) = above.strip_prefix(b"- ") {
        let item = body.strip_prefix(b"- ")?;
        (
            unquote(f.trim_ascii()),
            2 + (item.len() - item.trim_ascii_start().len()),
        )
    } else if let Some(f) = above.strip_prefix(b"<arg>") {
        body.strip_prefix(b"<arg>")?;
        (f.strip_suffix(b"</arg>")?, 5)
    } else if matches!(above.first(), Some(b'"' | b'\'')) {
        if !matches!(body.first(), Some(b'"' | b'\'')) {
            return None;
        }
        (unquote(above.strip_suffix(b",")?.trim_ascii_end()), 0)
    } else {
        // A bare value: one word that is no flag itself, under its flag at the same indent
        // (not the next line of a unit file after a command that ended in an empty flag).
        let line = lines[i];
        let indent = line.len() - line.trim_ascii_start().len();
        let above_line = lines[i - 1];
        if body.is_empty()
            || body.iter().any(|&b| matches!(b, b' ' | b'\t' | b'='))
            || above_line.len() - above_line.trim_ascii_start().len() != indent
        {
            return None;
        }
        (above, 0)
    };
    let name = flag.strip_prefix(b"--")?;
    if name.is_empty()
        || !name
            .iter()
            .all(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return None;
    }
    let value = body[at..].trim_ascii();
    let value = unquote(value.strip_suffix(b",").unwrap_or(value));
    if value.first().is_none_or(|&b| b == b'-') {
        return None;
    }
    let name = name
        .iter()
        .map(|&b| if b == b'-' { b'_' } else { b })
        .collect();
    Some((name, at))
}

/// The name of a list that the line above line `i` opens (`"NAME" : [`, `NAME = [`) and
/// that holds line `i` alone (the next line closes it). A plural name (`stageKeys`,
/// `access_credential_tokens`) lists ids, not one secret.
fn list_opener_above(lines: &[&[u8]], i: usize) -> Option<Vec<u8>> {
    let above = lines[i.checked_sub(1)?].trim_ascii();
    let (key, after) = field_key(above.strip_suffix(b"[")?)?;
    if !above[after..above.len() - 1].trim_ascii().is_empty()
        || key.len() > 100
        || key.last().is_some_and(|b| b.eq_ignore_ascii_case(&b's'))
        || !lines.get(i + 1)?.trim_ascii_start().starts_with(b"]")
    {
        return None;
    }
    Some(key.to_vec())
}

/// The line as `NAME: <the rest of the line from its value on>`, if the name may be a secret's.
pub(super) fn synthetic_pair(name: Vec<u8>, line: &[u8], value_at: usize) -> Option<Paired> {
    // (In the name's English words: `DB_SENHA`, `CORREO_CLAVE`.)
    if line[value_at..].trim_ascii().is_empty()
        || !may_name_a_secret(&super::i18n::canonical_name(&name))
    {
        return None;
    }
    let mut out = name;
    out.extend_from_slice(b": ");
    let synthetic_value_at = out.len();
    out.extend_from_slice(&line[value_at..]);
    Some(Paired {
        line: out,
        value_at,
        synthetic_value_at,
    })
}

/// `"NAME": { … "value": "…" }` on one line: the name and where the value starts in `body`.
fn inline_value_object(body: &[u8]) -> Option<(Vec<u8>, usize)> {
    let (key, after) = field_key(body)?;
    if is_value_key(key) || key.len() > 100 {
        return None;
    }
    let rest = &body[after..];
    let open = after + (rest.len() - rest.trim_ascii_start().len());
    if body.get(open) != Some(&b'{') {
        return None;
    }
    let field = open + super::filters::find(&body[open..], b"\"value\"")?;
    let mut at = field + b"\"value\"".len();
    while matches!(body.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    if body.get(at) != Some(&b':') {
        return None;
    }
    at += 1;
    while matches!(body.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    Some((key.to_vec(), at))
}

/// `"NAME": "value"` inside a block named for what its members hold (`"apikeys": {`,
/// `tokens:`): the block's name, and where the value starts in `body`. (Long quoted values
/// only: the look up is paid by few lines.)
fn secret_block_member(lines: &[&[u8]], i: usize, body: &[u8]) -> Option<(Vec<u8>, usize)> {
    let (key, after) = field_key(body)?;
    if is_value_key(key) {
        return None;
    }
    let rest = &body[after..];
    let at = after + (rest.len() - rest.trim_ascii_start().len());
    let quote = *body.get(at)?;
    if !matches!(quote, b'"' | b'\'') {
        return None;
    }
    let len = body[at + 1..].iter().position(|&b| b == quote)?;
    if len < 16 {
        return None;
    }
    let parent = parent_key(lines, i, lines[i])?;
    let lower = parent.to_ascii_lowercase();
    const BLOCKS: [&[u8]; 8] = [
        b"apikeys",
        b"api_keys",
        b"api-keys",
        b"tokens",
        b"api_tokens",
        b"access_tokens",
        b"secrets",
        b"passwords",
    ];
    BLOCKS
        .contains(&lower.as_slice())
        .then(|| (parent.to_vec(), at))
}

/// A user of Orthanc's `"RegisteredUsers"` block (`"alice": "password"`, one per line): where
/// the password's literal starts in `body`.
fn registered_user(lines: &[&[u8]], i: usize, body: &[u8]) -> Option<usize> {
    // The cheap tests first: every JSON line without a finding comes here.
    if body.first() != Some(&b'"') {
        return None;
    }
    let (_, after) = field_key(body)?;
    let rest = &body[after..];
    let value_at = after + (rest.len() - rest.trim_ascii_start().len());
    if body.get(value_at) != Some(&b'"') {
        return None;
    }
    let indent = lines[i].len() - body.len();
    let block = lines[i.saturating_sub(12)..i].iter().rev().find(|l| {
        let t = l.trim_ascii_start();
        !t.is_empty() && l.len() - t.len() < indent
    })?;
    block
        .trim_ascii_start()
        .starts_with(b"\"RegisteredUsers\"")
        .then_some(value_at)
}

/// An HTML table row written on one line, `<tr><td …>NAME</td><td …>value</td></tr>`: the
/// first cell's text and where the second cell's text starts.
fn table_row(body: &[u8]) -> Option<(Vec<u8>, usize)> {
    let cell = |from: usize| -> Option<(usize, usize)> {
        let open = from + super::filters::find(&body[from..], b"<td")?;
        let text = open + body[open..].iter().position(|&b| b == b'>')? + 1;
        let close = text + super::filters::find(&body[text..], b"</td>")?;
        Some((text, close))
    };
    let (name_start, name_end) = cell(0)?;
    let (value_start, value_end) = cell(name_end)?;
    let name = body[name_start..name_end].trim_ascii();
    if name.is_empty() || name.len() > 60 || !name.iter().all(|&b| is_name_byte(b)) {
        return None;
    }
    (value_end > value_start).then(|| (name.to_vec(), value_start))
}

/// Do the next fields of a value's object (`lines`, up to its `}`) type it `secret`, as
/// Postman's environments and collections do (`"type": "secret"`)?
fn typed_secret(lines: &[&[u8]]) -> bool {
    for line in lines {
        let body = line.trim_ascii();
        if body.starts_with(b"}") {
            return false;
        }
        if let Some((key, after)) = field_key(body) {
            if key == b"type" {
                let value = body[after..].trim_ascii();
                return unquote(value.strip_suffix(b",").unwrap_or(value).trim_ascii())
                    == b"secret";
            }
        }
    }
    false
}

/// Is line `i` the third argument of a `setVapidDetails(` call written one argument per line
/// (the two lines above are quoted literals or names, each ending with `,`)?
fn is_vapid_call(lines: &[&[u8]], i: usize) -> bool {
    lines[i - 3].trim_ascii_end().ends_with(b"setVapidDetails(")
        && lines[i - 2..i].iter().all(|l| {
            let t = l.trim_ascii();
            t.ends_with(b",") && !t.contains(&b'(')
        })
}

/// `<value>`, `<Value ProtectInMemory="True">`, `<defaultValue>` at the start of `body`: the
/// offset after the opening tag.
fn xml_value_start(body: &[u8]) -> Option<usize> {
    let rest = body.strip_prefix(b"<")?;
    let tag_len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || matches!(b, b'-' | b':'))
        .count();
    let tag = rest[..tag_len].to_ascii_lowercase();
    let close = || rest.iter().position(|&b| b == b'>').map(|p| 1 + p + 1);
    match &tag[..] {
        // (A Java EE descriptor's `<param-value>` and `<env-entry-value>`, under their `-name`;
        // an SSIS configuration's `<ConfiguredValue>` and a package variable's
        // `<DTS:VariableValue DTS:DataType="8">`.)
        b"value" | b"defaultvalue" | b"param-value" | b"env-entry-value" | b"configuredvalue"
        | b"dts:variablevalue" => match rest.get(tag_len)? {
            b'>' => Some(1 + tag_len + 1),
            b' ' => close(),
            _ => None,
        },
        // An MDT or Configuration Manager task sequence's "Set Task Sequence Variable" step:
        // `<variable name="VariableValue" property="VariableValue">…</variable>`.
        b"variable" if rest[tag_len..].starts_with(b" name=\"VariableValue\"") => close(),
        // An SSIS project parameter's `<SSIS:Property SSIS:Name="Value">`.
        b"ssis:property" if rest[tag_len..].starts_with(b" SSIS:Name=\"Value\">") => close(),
        // A KNIME setting's `<entry key="value" type="xstring" value="…"/>`.
        b"entry" if rest[tag_len..].starts_with(b" key=\"value\" ") => {
            let at = super::filters::find(rest, b" value=\"")?;
            Some(1 + at + 8)
        }
        _ => None,
    }
}

/// The name of an XML value: a Hadoop or Jenkins `<name>NAME</name>` (one of the `NAME_LINES`
/// lines above), a KeePass export's `<Key>NAME</Key>`, a .NET `<setting name="NAME" …>` or the
/// bare opening tag of an element that holds the value in a child (`<AdministratorPassword>`
/// then `<Value>` in Windows `unattend.xml`).
fn xml_name_above(lines: &[&[u8]], i: usize) -> Option<Vec<u8>> {
    let plain = |key: &[u8]| -> Option<Vec<u8>> {
        (!key.is_empty() && key.iter().all(|&b| is_name_byte(b))).then(|| key.to_vec())
    };
    let above = lines[i.checked_sub(1)?].trim_ascii();
    if let Some(key) = above
        .strip_prefix(b"<Key>")
        .or_else(|| above.strip_prefix(b"<key>"))
        .and_then(|k| {
            k.strip_suffix(b"</Key>")
                .or_else(|| k.strip_suffix(b"</key>"))
        })
    {
        return plain(key);
    }
    if let Some(key) = above
        .strip_prefix(b"<param-name>")
        .and_then(|k| k.strip_suffix(b"</param-name>"))
        .or_else(|| {
            above
                .strip_prefix(b"<env-entry-name>")
                .and_then(|k| k.strip_suffix(b"</env-entry-name>"))
        })
    {
        return plain(key);
    }
    // (Zimbra's `localconfig.xml`: `<key name="zimbra_ldap_password">`, then `<value>`.)
    if let Some(attrs) = above
        .strip_prefix(b"<setting name=\"")
        // (Visual Studio's `Settings.settings`: `<Setting Name="DbPassword" Type=…>`.)
        .or_else(|| above.strip_prefix(b"<Setting Name=\""))
        .or_else(|| above.strip_prefix(b"<key name=\""))
    {
        return plain(&attrs[..attrs.iter().position(|&b| b == b'"')?]);
    }
    // (The task sequence variable's name: `<variable name="VariableName" …>NAME</variable>`.)
    if above.starts_with(b"<variable name=\"VariableName\"") {
        let name = above.strip_suffix(b"</variable>")?;
        return plain(&name[name.iter().rposition(|&b| b == b'>')? + 1..]);
    }
    if let Some(tag) = above.strip_prefix(b"<").and_then(|t| t.strip_suffix(b">")) {
        if tag.first().is_some_and(u8::is_ascii_alphabetic) && tag.iter().all(|&b| is_name_byte(b))
        {
            return plain(tag);
        }
    }
    // An SSIS configuration's property path
    // (`<Configuration … Path="\Package.Connections[Src].Properties[Password]" …>`), a
    // package variable's `DTS:ObjectName="FtpSecret">`.
    if let Some(path) = attribute(above, b" Path=\"") {
        let last = path.rsplit(|&b| b == b'[').next()?;
        return plain(last.strip_suffix(b"]")?);
    }
    if let Some(name) = attribute(above, b"DTS:ObjectName=\"") {
        return plain(name);
    }
    // A KNIME workflow variable's `<entry key="name" type="xstring" value="NAME"/>`, up to
    // two lines above its value.
    for j in (i.saturating_sub(3)..i).rev() {
        let line = lines[j].trim_ascii();
        if line.starts_with(b"<entry key=\"name\" ") {
            return plain(attribute(line, b" value=\"")?);
        }
    }
    for j in (i.saturating_sub(NAME_LINES)..i).rev() {
        let line = lines[j].trim_ascii();
        if let Some(key) = line
            .strip_prefix(b"<name>")
            .and_then(|k| k.strip_suffix(b"</name>"))
        {
            return plain(key);
        }
        // TR-069's `<ParameterValueStruct>`: `<Name>…Line.1.SIP.AuthPassword</Name>`, then
        // `<Value>`; the path's last part names it.
        if let Some(key) = line
            .strip_prefix(b"<Name>")
            .and_then(|k| k.strip_suffix(b"</Name>"))
        {
            return plain(key.rsplit(|&b| b == b'.').next().unwrap_or(key));
        }
    }
    // An SSIS project parameter: `<SSIS:Parameter SSIS:Name="NAME">`, then its properties.
    for j in (i.saturating_sub(12)..i).rev() {
        let line = lines[j].trim_ascii();
        if line.starts_with(b"<SSIS:Parameter ") {
            return plain(attribute(line, b"SSIS:Name=\"")?);
        }
    }
    None
}

/// The value of the attribute that `opening` (`name="`) starts in `line`.
fn attribute<'l>(line: &'l [u8], opening: &[u8]) -> Option<&'l [u8]> {
    let at = super::filters::find(line, opening)? + opening.len();
    let len = line[at..].iter().position(|&b| b == b'"')?;
    Some(&line[at..at + len])
}

/// `value: X`, `value = X`, `"value": X` (also after `- `): the offset of X.
fn value_field(body: &[u8]) -> Option<usize> {
    let mut at = 0;
    if body.starts_with(b"- ") {
        at = 2;
    }
    let (key, after) = field_key(&body[at..])?;
    if !is_value_key(key) {
        return None;
    }
    let at = at + after;
    let rest = &body[at..];
    Some(at + (rest.len() - rest.trim_ascii_start().len()))
}

/// A field `key:` / `key =` / `"key":` at the start of `s`: the key and the offset after its
/// `:` or `=`.
fn field_key(s: &[u8]) -> Option<(&[u8], usize)> {
    let quote = match s.first() {
        Some(&q @ (b'"' | b'\'')) => Some(q),
        _ => None,
    };
    let start = usize::from(quote.is_some());
    let len = s[start..].iter().take_while(|&&b| is_name_byte(b)).count();
    if len == 0 {
        return None;
    }
    let key = &s[start..start + len];
    let mut at = start + len;
    if let Some(q) = quote {
        if s.get(at) != Some(&q) {
            return None;
        }
        at += 1;
    }
    while s.get(at).is_some_and(|b| *b == b' ' || *b == b'\t') {
        at += 1;
    }
    match s.get(at) {
        // (PHP's `'key' => value`.)
        Some(b'=') if s.get(at + 1) == Some(&b'>') => Some((key, at + 2)),
        Some(b':' | b'=') if s.get(at + 1) != Some(&b'=') => Some((key, at + 1)),
        _ => None,
    }
}

/// The `name`/`key` of the pair, on one of the `NAME_LINES` lines above line `i` (a list item or
/// an object's first field; the lines between may hold other fields of the same pair).
fn name_above(lines: &[&[u8]], i: usize) -> Option<Vec<u8>> {
    for j in (i.saturating_sub(NAME_LINES)..i).rev() {
        let body = lines[j].trim_ascii();
        let body = body.strip_prefix(b"- ").unwrap_or(body).trim_ascii_start();
        let body = body.strip_prefix(b"{").unwrap_or(body).trim_ascii_start();
        // A Terraform variable's block: `variable "NAME" {`, then its `default`.
        if let Some(name) = body
            .strip_prefix(b"variable \"")
            .and_then(|r| r.strip_suffix(b"\" {"))
        {
            return Some(name.to_vec()).filter(|n| n.iter().all(|&b| is_name_byte(b)));
        }
        let (key, after) = field_key(body)?;
        if is_value_key(key) {
            return None;
        }
        // (1Password's item JSON names a field's value by its `label`.)
        if !(key.eq_ignore_ascii_case(b"name")
            || key.eq_ignore_ascii_case(b"label")
            || key.eq_ignore_ascii_case(b"key")
            || key.eq_ignore_ascii_case(b"parameterkey")
            || key.eq_ignore_ascii_case(b"env_variable"))
        {
            // A value its own description calls public (a Terraform variable's
            // `description = "… app key. Public; …"`) is none of a secret's.
            if key.eq_ignore_ascii_case(b"description")
                && super::filters::contains_ignore_case(&body[after..], b"public")
            {
                return None;
            }
            // An object named by the key that opens it: Heroku's `app.json` writes
            // `"SESSION_SECRET": {`, `"description": …`, `"value": …`.
            // (A WooCommerce gateway's settings: `'secret_key' => array(`, its `'title'`,
            // `'type'`, then `'default' => '…'`.)
            if matches!(body[after..].trim_ascii(), b"{" | b"" | b"array(" | b"[") {
                return Some(key.to_vec()).filter(|k| k.len() <= 100);
            }
            continue; // another field of the same pair (`type = "SecureString"`)
        }
        let v = unquote(
            body[after..]
                .trim_ascii()
                .strip_suffix(b",")
                .unwrap_or(body[after..].trim_ascii())
                .trim_ascii(),
        );
        // A parameter path names its value by its last part (`/notify/qa/x_api_key`).
        let v = v.rsplit(|&b| b == b'/').next().unwrap_or(v);
        let name: Vec<u8> = v
            .iter()
            .map(|&b| if b == b' ' { b'_' } else { b })
            .collect();
        if name.is_empty() || name.len() > 100 || !name.iter().all(|&b| is_name_byte(b)) {
            return None;
        }
        return Some(name);
    }
    None
}

/// The symbol of the Kconfig entry that line `i` (a `default`) belongs to: `config NAME` or
/// `menuconfig NAME` a few lines above, with only the entry's type and prompt between.
fn kconfig_symbol(lines: &[&[u8]], i: usize) -> Option<Vec<u8>> {
    for j in (i.saturating_sub(NAME_LINES)..i).rev() {
        let body = lines[j].trim_ascii();
        if let Some(rest) = body
            .strip_prefix(b"config ")
            .or_else(|| body.strip_prefix(b"menuconfig "))
        {
            let name = rest.trim_ascii();
            return (!name.is_empty() && name.iter().all(|&b| is_name_byte(b)))
                .then(|| name.to_vec());
        }
        if !(body.starts_with(b"string")
            || body.starts_with(b"prompt")
            || body.starts_with(b"depends on")
            || body.starts_with(b"default"))
        {
            return None;
        }
    }
    None
}

/// The name of the getter a line opens (it ends with `{`): its last identifier that is not a
/// type or a keyword.
fn getter_name(line: &[u8]) -> Option<&[u8]> {
    const NOT_NAMES: &[&[u8]] = &[
        b"NSString",
        b"String",
        b"string",
        b"str",
        b"static",
        b"var",
        b"let",
        b"func",
        b"fun",
        b"get",
        b"override",
        b"public",
        b"private",
        b"internal",
        b"protected",
        b"class",
        b"final",
        b"const",
        b"def",
        b"fn",
        b"pub",
        b"virtual",
        b"readonly",
    ];
    let head = line.trim_ascii().strip_suffix(b"{")?;
    head.rsplit(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
        .filter(|w| {
            w.first()
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        })
        .find(|w| !NOT_NAMES.contains(w))
}

/// `value`, CloudFormation's `ParameterValue` (under `ParameterKey`), a Pterodactyl egg
/// variable's `default_value` (under its `env_variable`) or a Raycast preference's `default`.
fn is_value_key(key: &[u8]) -> bool {
    key.eq_ignore_ascii_case(b"value")
        || key.eq_ignore_ascii_case(b"parametervalue")
        || key.eq_ignore_ascii_case(b"default_value")
        // An ARM template parameter's `"defaultValue"`.
        || key.eq_ignore_ascii_case(b"defaultvalue")
        || key == b"default"
}

fn unquote(s: &[u8]) -> &[u8] {
    match s {
        [b'"', mid @ .., b'"'] | [b'\'', mid @ .., b'\''] => mid,
        _ => s,
    }
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// A cheap first test, before any rule runs: the name says what secrets are called.
/// The key of the block that holds line `at` (`line`): the nearest line above with less
/// indentation, when it is a bare `key:`.
fn parent_key<'a>(lines: &[&'a [u8]], at: usize, line: &[u8]) -> Option<&'a [u8]> {
    let indent = line.len() - line.trim_ascii_start().len();
    let above = lines[at.saturating_sub(20)..at].iter().rev().find(|l| {
        let t = l.trim_ascii_start();
        !t.is_empty() && !t.starts_with(b"#") && l.len() - t.len() < indent
    })?;
    // (YAML's `key:`, or JSON's `"key": {`.)
    let head = above.trim_ascii();
    let head = head.strip_suffix(b"{").unwrap_or(head).trim_ascii_end();
    let key = unquote(head.strip_suffix(b":")?.trim_ascii_end());
    (!key.is_empty() && key.iter().all(|&b| is_name_byte(b))).then_some(key)
}

/// How many lines of rows an SQL `INSERT`'s column list may be above a row.
const SQL_ROW_LINES: usize = 60;

/// A row of a multi-row SQL `INSERT` (`('Pinecrest', 'k', '…', TRUE),` under `INSERT INTO t
/// (name, consumer_key, secret, enabled) VALUES`): the secret-named column's name and the
/// offset of its quoted value in `body`. Password, secret and token columns are taken before
/// key columns (a consumer key beside its secret is the public half).
fn sql_row(lines: &[&[u8]], i: usize, body: &[u8]) -> Option<(Vec<u8>, usize)> {
    if body.first() != Some(&b'(') {
        return None;
    }
    let mut header = None;
    for j in (i.saturating_sub(SQL_ROW_LINES)..i).rev() {
        let l = lines[j].trim_ascii();
        if l.is_empty()
            || l.starts_with(b"(")
            || l.get(..6)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"values"))
        {
            continue;
        }
        if l.windows(11)
            .any(|w| w.eq_ignore_ascii_case(b"insert into"))
        {
            header = Some(l);
        }
        break;
    }
    let header = header?;
    let open = memchr::memchr(b'(', header)?;
    let close = open + memchr::memchr(b')', &header[open..])?;
    let columns: Vec<&[u8]> = header[open + 1..close]
        .split(|&b| b == b',')
        .map(|c| {
            let c = c.trim_ascii();
            c.strip_prefix(b"\"")
                .or_else(|| c.strip_prefix(b"`"))
                .or_else(|| c.strip_prefix(b"["))
                .map_or(c, |c| &c[..c.len().saturating_sub(1)])
        })
        .collect();
    // The row's values: split at commas outside quotes, each with its offset.
    let mut values: Vec<(usize, &[u8])> = Vec::new();
    let (mut start, mut quoted, mut k) = (1, false, 1);
    while k < body.len() {
        match body[k] {
            b'\'' if quoted && body.get(k + 1) == Some(&b'\'') => k += 1,
            b'\'' => quoted = !quoted,
            b',' | b')' if !quoted => {
                let raw = &body[start..k];
                let lead = raw.len() - raw.trim_ascii_start().len();
                values.push((start + lead, raw.trim_ascii()));
                start = k + 1;
                if body[k] == b')' {
                    break;
                }
            }
            _ => {}
        }
        k += 1;
    }
    if values.len() != columns.len() || columns.len() < 2 {
        return None;
    }
    let quoted_value = |c: usize| values[c].1.len() > 2 && values[c].1.starts_with(b"'");
    let strong = |n: &[u8]| {
        let lower = n.to_ascii_lowercase();
        [&b"secret"[..], b"pass", b"pwd", b"token"]
            .iter()
            .any(|w| memchr::memmem::find(&lower, w).is_some())
    };
    let column = (0..columns.len())
        .find(|&c| strong(columns[c]) && quoted_value(c))
        .or_else(|| {
            (0..columns.len()).find(|&c| may_name_a_secret(columns[c]) && quoted_value(c))
        })?;
    let name = columns[column];
    (!name.is_empty() && name.iter().all(|&b| is_name_byte(b)))
        .then(|| (name.to_vec(), values[column].0))
}

pub(super) fn may_name_a_secret(name: &[u8]) -> bool {
    names_a_secret_word(name) || names_a_session_cookie(name)
}

/// Does the name hold a word that names a secret (`pass`, `token`, `key` …)?
fn names_a_secret_word(name: &[u8]) -> bool {
    holds_any(
        name,
        &[
            b"pass", b"pwd", b"secret", b"token", b"key", b"auth", b"cred", b"private", b"access",
            b"cert", b"salt", b"pepper", b"bearer",
        ],
    )
}

/// Is the name a recorded cookie's that logs its holder in (`sessionid`, `JSESSIONID`,
/// LinkedIn's `li_at`, Spotify's `sp_dc`, Spring's `remember-me`)?
fn names_a_session_cookie(name: &[u8]) -> bool {
    holds_any(
        name,
        &[b"session", b"psid", b"li_at", b"sp_dc", b"remember"],
    )
}

/// Does the name, in lower case, hold one of `words`?
fn holds_any(name: &[u8], words: &[&[u8]]) -> bool {
    let lower = name.to_ascii_lowercase();
    words
        .iter()
        .any(|w| lower.windows(w.len()).any(|x| x == *w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn synth(text: &str) -> Option<String> {
        let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
        paired(&lines, lines.len() - 1).map(|p| {
            assert_eq!(
                p.line[p.synthetic_value_at..],
                lines[lines.len() - 1][p.value_at..]
            );
            String::from_utf8(p.line).unwrap()
        })
    }

    /// Line `i` of `text`, paired.
    fn at(text: &str, i: usize) -> Option<String> {
        let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
        paired(&lines, i).map(|p| String::from_utf8(p.line).unwrap())
    }

    #[test]
    fn a_postman_variable_typed_secret_is_named_a_secret() {
        let var = |key: &str, ty: &str| {
            format!("    {{\n      \"key\": \"{key}\",\n      \"value\": \"c8db7e7e\",\n      \"type\": \"{ty}\"\n    }}")
        };
        assert_eq!(
            at(&var("p2", "secret"), 2).as_deref(),
            Some("p2_secret: \"c8db7e7e\",")
        );
        // Typed `default`, or an id (a client id typed secret all the same): no secret's name.
        assert!(at(&var("p2", "default"), 2).is_none());
        assert!(at(&var("plaidClientId", "secret"), 2).is_none());
    }

    #[test]
    fn pairs_an_argument_with_the_flag_on_the_line_above() {
        // A Sqoop options file, a container's `args:`, an Oozie action, a JSON argv.
        assert_eq!(
            synth("--username\netl\n--password\nQv7rT2mXw9").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("password: Qv7rT2mXw9")
        );
        assert_eq!(
            synth("  args:\n    - --db-password\n    - \"Qv7rT2mXw9\"").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("db_password: \"Qv7rT2mXw9\"")
        );
        assert_eq!(
            synth("<arg>--password</arg>\n<arg>Qv7rT2mXw9</arg>").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("password: Qv7rT2mXw9</arg>")
        );
        assert_eq!(
            synth("  \"--api-token\",\n  \"Qv7rT2mXw9\",").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("api_token: \"Qv7rT2mXw9\",")
        );
        // The next flag, a flag that names no secret, a sentence, a short flag.
        assert!(synth("--password\n--verbose").is_none());
        assert!(synth("- --port\n- \"8080\"").is_none());
        assert!(synth("--password\nis read from the vault").is_none());
        assert!(synth("-p\nQv7rT2mXw9").is_none());
        // A command whose last flag was left empty, then the unit file's next setting.
        assert!(synth("    --api-key\nRestart=always").is_none());
        assert!(synth("    --api-key\nRestartAlways").is_none());
    }

    #[test]
    fn pairs_the_one_value_of_a_list_with_the_list_name() {
        assert_eq!(
            at(
                "    \"bindCredential\" : [\n      \"Qv7rT2mXw9\"\n    ],",
                1
            )
            .as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("bindCredential: \"Qv7rT2mXw9\"")
        );
        assert!(at("    \"bindDn\" : [\n      \"cn=admin\"\n    ],", 1).is_none());
        assert!(at("    \"password\" : [ 1,\n      \"x\"\n    ],", 1).is_none());
        // More than one value (a client id, then a reference), or a list of ids.
        assert!(at(
            "  \"auth\": [\n    \"778c3a49\",\n    \"Qv7rT2mXw9\"\n  ]",
            1
        )
        .is_none());
        assert!(at("  \"stageKeys\": [\n    \"bf374ulm45/prod\"\n  ]", 1).is_none());
    }

    #[test]
    fn pairs_etl_tools_xml_values_with_the_names_above() {
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let ssis_config = "  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Connections[Src].Properties[Password]\" ValueType=\"String\">\n    <ConfiguredValue>p80ZK.-VJhaz9</ConfiguredValue>";
        assert_eq!(
            at(ssis_config, 1).as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("Password: p80ZK.-VJhaz9</ConfiguredValue>")
        );
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let variable = "      DTS:ObjectName=\"FtpSecret\">\n      <DTS:VariableValue DTS:DataType=\"8\">vVOU~n*+Zl1d</DTS:VariableValue>";
        assert!(at(variable, 1).is_some_and(|l| l.starts_with("FtpSecret: vVOU")));
        let parameter = "    <SSIS:Parameter SSIS:Name=\"SourcePassword\">\n      <SSIS:Properties>\n      <SSIS:Property SSIS:Name=\"Sensitive\">1</SSIS:Property>\n      <SSIS:Property SSIS:Name=\"Value\">YKczb2bWzon</SSIS:Property>";
        assert!(at(parameter, 3).is_some_and(|l| l.starts_with("SourcePassword: YKczb")));
        let knime = "<entry key=\"name\" type=\"xstring\" value=\"snowflake_password\"/>\n<entry key=\"class\" type=\"xstring\" value=\"STRING\"/>\n<entry key=\"value\" type=\"xstring\" value=\"gkzUclYM9ZF\"/>";
        assert!(at(knime, 2).is_some_and(|l| l.starts_with("snowflake_password: gkzUcl")));
        // A property that is not the value, and a user name's configuration.
        assert!(at(parameter, 2).is_none());
        assert!(at(
            "  <Configuration Path=\"\\Package.Connections[Src].Properties[UserName]\">\n    <ConfiguredValue>pdi_batch</ConfiguredValue>",
            1
        )
        .is_none());
    }

    #[test]
    fn pairs_tr069_values_and_terraform_defaults_with_their_names() {
        let tr069 = "    <ParameterValueStruct>\n      <Name>VoiceService.1.Line.1.SIP.AuthPassword</Name>\n      <Value>TOR~NL1iM59I</Value>";
        assert!(at(tr069, 2).is_some_and(|l| l.starts_with("AuthPassword: TOR~")));
        let variable = "variable \"sip_trunk_password\" {\n  type      = string\n  sensitive = true\n  default   = \"Willow_Canyon_5407\"";
        assert!(at(variable, 3).is_some_and(|l| l.starts_with("sip_trunk_password: ")));
        assert!(at("variable \"region\" {\n  default = \"eu-west-1\"", 1).is_none());
        assert!(at(
            "variable \"yotpo_app_key\" {\n  description = \"Yotpo app key. Public; the secret is elsewhere.\"\n  default = \"248eQobLewmXABpEWbdF\"",
            2
        )
        .is_none());
    }

    #[test]
    fn pairs_a_sql_row_with_its_secret_column() {
        let head = "INSERT INTO lti_consumer (name, consumer_key, secret, enabled) VALUES\n";
        assert_eq!(
            synth(&format!(
                "{head}    ('Millbrook', 'd599ee16', 'T5pu''mz7j', TRUE);"
            ))
            .as_deref(),
            Some("secret: 'T5pu''mz7j', TRUE);")
        );
        // Further rows, and the column list on the statement's first line only.
        assert_eq!(
            synth(&format!(
                "{head}    ('A', 'k1', 's1', TRUE),\n    ('B', 'k2', 's2', FALSE);"
            ))
            .as_deref(),
            Some("secret: 's2', FALSE);")
        );
        // No secret column, or a row that does not fit the column list.
        assert!(
            synth("INSERT INTO users (name, email) VALUES\n  ('Jane', 'j@example.com');").is_none()
        );
        assert!(synth(&format!("{head}    ('A', 'k1');")).is_none());
        assert!(synth("print(x)\n(a, b)").is_none());
    }

    #[test]
    fn pairs_an_action_input_with_its_default() {
        assert_eq!(
            synth("inputs:\n  dd-api-key:\n    description: 'dd api key'\n    required: false\n    default: \"cac6b9\"")
                .as_deref(),
            Some("dd-api-key: \"cac6b9\"")
        );
    }

    #[test]
    fn pairs_members_of_a_block_of_keys() {
        assert_eq!(
            synth("{\n  \"apikeys\": {\n    \"zenith\": \"5a1alradGrjgqIMdXLPN\"").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("apikeys: \"5a1alradGrjgqIMdXLPN\"")
        );
        assert_eq!(
            synth("{\n  \"colors\": {\n    \"zenith\": \"5a1alradGrjgqIMdXLPN\""),
            None
        );
    }

    #[test]
    fn pairs_a_java_ee_context_param() {
        assert_eq!(
            synth("    <param-name>okta.client.token</param-name>\n    <param-value>00DXcdt</param-value>")
                .as_deref(),
            Some("okta.client.token: 00DXcdt</param-value>")
        );
    }

    #[test]
    fn pairs_a_heroku_variable_written_on_one_line() {
        assert_eq!(
            synth(
                "  \"SECRET_KEY\": {\"description\": \"slack credential\", \"value\": \"a39402\"}"
            )
            .as_deref(),
            Some("SECRET_KEY: \"a39402\"}")
        );
        assert_eq!(synth("  \"value\": {\"value\": \"a39402\"}"), None);
        assert_eq!(synth("  \"SECRET_KEY\": \"a39402\""), None);
    }

    #[test]
    fn pairs_orthanc_registered_users() {
        assert_eq!(
            synth("  \"RegisteredUsers\": {\n    \"ohif\": \"tmnkLtYl\"").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("password: \"tmnkLtYl\"")
        );
        assert_eq!(synth("  \"Plugins\": {\n    \"ohif\": \"tmnkLtYl\""), None);
    }

    #[test]
    fn pairs_table_cells_and_xstream_entries() {
        assert_eq!(
            synth("<tr><td class=\"confluenceTd\">DbPassword</td><td class=\"confluenceTd\">Xq9-s3</td></tr>")
                .as_deref(),
            Some("DbPassword: Xq9-s3</td></tr>")
        );
        assert_eq!(
            synth(
                "<entry>\n  <string>client-secret</string>\n  <list>\n    <string>Xq9s3</string>"
            )
            .as_deref(),
            Some("client-secret: Xq9s3</string>")
        );
        // Two strings of a list, not a map entry's name and value.
        assert_eq!(
            synth("<list>\n  <string>password</string>\n  <string>Xq9s3</string>"),
            None
        );
    }

    #[test]
    fn pairs_a_value_with_the_name_above_it() {
        assert_eq!(
            synth("  - name: DB_PASSWORD\n    value: \"s3cr3t-Xq9\"").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("DB_PASSWORD: \"s3cr3t-Xq9\"")
        );
        assert_eq!(
            synth("{\n  \"key\": \"password\",\n  \"value\": \"Xq9-s3cr3t\",").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("password: \"Xq9-s3cr3t\",")
        );
        assert_eq!(
            synth(
                "  name  = \"/app/qa/x_api_key\"\n  type  = \"SecureString\"\n  value = \"3932\""
            )
            .as_deref(),
            Some("x_api_key: \"3932\"")
        );
        assert_eq!(
            synth("      Authorization:\n      - \"Basic YXBpOnB3\"").as_deref(),
            Some("Authorization: \"Basic YXBpOnB3\"")
        );
        assert_eq!(
            synth("\t<key>ApiToken</key>\n\t<string>b24704Xq</string>").as_deref(),
            Some("ApiToken: b24704Xq</string>")
        );
        assert_eq!(
            synth("    <name>fs.azure.account.key.lake.dfs.core.windows.net</name>\n    <value>Zk3p</value>").as_deref(),
            Some("fs.azure.account.key.lake.dfs.core.windows.net: Zk3p</value>")
        );
        assert_eq!(
            synth("    'initiator_password' => array(\n        'title'   => 'Initiator password',\n        'type'    => 'password',\n        'default' => 'Zk3p',").as_deref(),
            Some("initiator_password: 'Zk3p',")
        );
        assert_eq!(
            synth("  <key name=\"zimbra_ldap_password\">\n    <value>Zk3p</value>").as_deref(),
            Some("zimbra_ldap_password: Zk3p</value>")
        );
        assert_eq!(
            synth("open ftp.example.com\nupload01\nZk3p#Lm9").as_deref(),
            // keyhook:allow-next-line (made-up test value)
            Some("ftp_password: Zk3p#Lm9")
        );
        assert_eq!(
            synth("open ftp.example.com\nupload01\nbinary\ncd /in"),
            None
        );
        // Login scripts answering a password prompt, or `enable`.
        for (script, want) in [
            (
                "expect \"assword:\"\nsend -- \"Zk3p#Lm9\\r\"",
                // keyhook:allow-next-line (made-up test value)
                "password: Zk3p#Lm9",
            ),
            // keyhook:allow-next-line (made-up test value)
            ("wait 'Password:'\nsendln 'Zk3p#Lm9'", "password: Zk3p#Lm9"),
            (
                "tn.read_until(b\"Password: \")\ntn.write(b\"Zk3p#Lm9\\n\")",
                // keyhook:allow-next-line (made-up test value)
                "password: Zk3p#Lm9",
            ),
            (
                "crt.Screen.WaitForString \"Password:\"\ncrt.Screen.Send \"Zk3p#Lm9\" & vbCr",
                // keyhook:allow-next-line (made-up test value)
                "password: Zk3p#Lm9",
            ),
            (
                "shell.send(\"enable\\n\")\ntime.sleep(0.5)\nshell.send(\"Zk3p#Lm9\\n\")",
                // keyhook:allow-next-line (made-up test value)
                "password: Zk3p#Lm9",
            ),
            // keyhook:allow-next-line (made-up test value)
            ("expect \"assword:\"\nsend Zk3p#Lm9", "password: Zk3p#Lm9"),
        ] {
            let got = synth(script).expect(script);
            assert!(got.starts_with(want), "{script}: {got}");
        }
        for script in [
            "wait 'Username:'\nsendln 'rancid'",
            "expect \"assword:\"\nsend -- \"$pw\\r\"",
            "expect \"#\"\nsend \"show running-config\\r\"",
        ] {
            assert_eq!(synth(script), None, "{script}");
        }
        assert_eq!(
            synth("open to the destination for data migration.\n\"\"\",\ntype=int,"),
            None
        );
        assert_eq!(
            at("        [global::System.Configuration.DefaultSettingValueAttribute(\"Zk3p\")]\n        public string FtpPassword {", 0).as_deref(),
            Some("FtpPassword: Zk3p\")]")
        );
        assert_eq!(
            synth("  <Setting Name=\"DbPassword\" Type=\"System.String\" Scope=\"Application\">\n    <Value Profile=\"(Default)\">Zk3p</Value>").as_deref(),
            Some("DbPassword: Zk3p</Value>")
        );
        assert_eq!(
            synth("  <variable name=\"VariableName\" property=\"VariableName\">OSDJoinPassword</variable>\n  <variable name=\"VariableValue\" property=\"VariableValue\">Zk3p</variable>").as_deref(),
            Some("OSDJoinPassword: Zk3p</variable>")
        );
        for (xml, name) in [
            (
                "<AdministratorPassword>\n  <Value>Zk3p</Value>",
                "AdministratorPassword",
            ),
            (
                "<Key>Password</Key>\n<Value ProtectInMemory=\"True\">Zk3p</Value>",
                "Password",
            ),
            (
                "<name>SVC_PWD</name>\n<defaultValue>Zk3p</defaultValue>",
                "SVC_PWD",
            ),
            (
                "<setting name=\"DbPassword\" serializeAs=\"String\">\n<value>Zk3p</value>",
                "DbPassword",
            ),
        ] {
            let close = xml.rsplit('<').next().unwrap_or_default();
            assert_eq!(
                synth(xml).as_deref(),
                Some(format!("{name}: Zk3p<{close}").as_str()),
                "{xml}"
            );
        }
        // An element that names no secret, and a value whose name is not just above.
        assert_eq!(synth("<Description>\n  <Value>Zk3p</Value>"), None);
        assert_eq!(
            synth("<Password>\n  <PlainText>true</PlainText>\n  <Value>Zk3p</Value>"),
            None
        );
        assert_eq!(
            synth("  - ParameterKey: DbPassword\n    ParameterValue: Zk3p").as_deref(),
            Some("DbPassword: Zk3p")
        );
        assert_eq!(
            synth("+ (NSString *)xAccessSecret {\n    return @\"Zk3p\";").as_deref(),
            Some("xAccessSecret: \"Zk3p\";")
        );
        assert_eq!(
            synth("    static var apiKey: String {\n        return \"Zk3p\"").as_deref(),
            Some("apiKey: \"Zk3p\"")
        );
        // A Raycast extension's preference.
        assert_eq!(
            synth("    {\n      \"name\": \"bearer\",\n      \"title\": \"API Token\",\n      \"description\": \"Used to push\",\n      \"type\": \"password\",\n      \"required\": true,\n      \"default\": \"Zk3p\"").as_deref(),
            Some("bearer: \"Zk3p\"")
        );
        // A Pterodactyl egg's variable.
        assert_eq!(
            synth("  \"name\": \"Steam Api Key\",\n  \"env_variable\": \"STEAM_API_KEY\",\n  \"default_value\": \"Zk3p\",").as_deref(),
            Some("STEAM_API_KEY: \"Zk3p\",")
        );
        // Heroku's app.json names an object by its key.
        assert_eq!(
            synth("  \"DRUPAL_HASH_SALT\": {\n    \"description\": \"Secret used by the app\",\n    \"value\": \"Zk3p\"").as_deref(),
            Some("DRUPAL_HASH_SALT: \"Zk3p\"")
        );
        assert_eq!(synth("  \"HOST\": {\n    \"value\": \"0.0.0.0\""), None);
        // web-push's private key, the third argument of setVapidDetails.
        let vapid =
            "webpush.setVapidDetails(\n  'mailto:ops@example.net',\n  'BNRPLdX7',\n  'Zk3p'\n);";
        let lines: Vec<&[u8]> = vapid.lines().map(str::as_bytes).collect();
        assert_eq!(
            paired(&lines, 3)
                .map(|p| String::from_utf8(p.line).unwrap())
                .as_deref(),
            Some("vapid_private_key: 'Zk3p'")
        );
        assert!(
            paired(&lines, 2).is_none(),
            "the public key is the second argument"
        );
    }

    #[test]
    fn a_list_under_a_block_of_secrets_takes_the_block_name() {
        // (Not a Compose service named `auth`: its `environment:` list holds settings.)
        assert!(synth("auth:\n  environment:\n    - CONTENT_HASH=sha256:0588a50c").is_none());
        // (Nor an item that is a mapping: CloudFormation's `StageKeys:` then `- RestApiId: …`.)
        assert!(synth("StageKeys:\n  - RestApiId: !Ref RestApi").is_none());
        assert!(synth("tokens:\n  - name: RestApi").is_none());
        assert_eq!(
            synth("secrets:\n  cookie:\n    - MTyHDyaiwvqDwgCl").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("secrets_cookie: MTyHDyaiwvqDwgCl")
        );
        // A key that names a secret keeps its own name.
        assert_eq!(
            synth("auth:\n  tokens:\n    - MTyHDyaiwvqDwgCl").as_deref(),
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            Some("tokens: MTyHDyaiwvqDwgCl")
        );
    }

    #[test]
    fn leaves_other_lines_alone() {
        // The name says nothing about secrets.
        assert!(synth("  - name: LOG_LEVEL\n    value: debug").is_none());
        // A value taken from elsewhere, or no name above.
        assert!(synth("  - name: DB_PASSWORD\n    valueFrom:").is_none());
        assert!(synth("value: \"x\"").is_none());
        // Another pair's value sits between.
        assert!(synth("  - name: DB_PASSWORD\n    value: a\n    value: b").is_none());
        // A list under a key that holds a value on its own line.
        assert!(synth("tokens: x\n- abc").is_none());
        assert!(synth("  - name: API_KEY\n    value: ").is_none());
    }
}
