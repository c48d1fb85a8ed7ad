//! A literal under a name that says nothing (`const UPSTREAM_REF = '6f6d…'`, `PRIMARY_VALUE=…`)
//! whose use elsewhere in the same file is a secret's slot: a header
//! (`"Ocp-Apim-Subscription-Key": UPSTREAM_REF`, `-H "Authorization: Bearer ${PRIMARY_VALUE}"`),
//! a query parameter (`?apikey=${aux}`), a keyword argument (`params={"access_key": WX_PARAM}`,
//! `password=SVC_KEY`), a login's password (`--password "$(ARG1)"`). The detector scans the use
//! line again with the value written in the name's place, so every rule and filter judges the
//! value as if it stood in that slot; what they report inside the value is reported on the
//! definition's line, the line that brings the secret into the repository.

/// A name defined on one line with a literal value.
#[derive(Debug, Clone)]
pub struct Definition {
    /// 0-based index of the defining line.
    pub line: usize,
    /// The name's byte range in the line.
    pub name: std::ops::Range<usize>,
    /// The value's byte range in the line (without its quotes).
    pub value: std::ops::Range<usize>,
}

/// A use line with the definition's value written in place of the name.
pub struct Substituted {
    pub line: Vec<u8>,
    /// Where the value sits in `line`.
    pub value_at: usize,
}

/// Names too common to follow: keys every JSON and YAML file repeats, a function's generic
/// parameters.
const COMMON_NAMES: &[&[u8]] = &[
    b"value",
    b"key",
    b"name",
    b"default",
    b"example",
    b"description",
    b"title",
    b"type",
    b"text",
    b"label",
    b"id",
    b"data",
    b"url",
    b"path",
    b"equalTo",
    b"string",
    b"args",
    b"arg",
    b"val",
    b"env",
];

/// A name that says what its value is, and that it is no secret: a public, publishable,
/// anonymous, browser, client or search key, an SDK's site or write key, a client's,
/// tenant's or account's id, any name that ends in `id`, a name of another kind of value
/// (`region`, `host`, `user`, `version`). The scan of the definition judged such a value already.
fn says_not_secret(name: &[u8]) -> bool {
    const SECRET: [&[u8]; 6] = [
        b"secret", b"private", b"passw", b"server", b"admin", b"master",
    ];
    const PUBLIC: [&[u8]; 16] = [
        b"public",
        b"publishable",
        b"anon",
        b"browser",
        b"frontend",
        b"client",
        b"search",
        b"sdkkey",
        b"sitekey",
        b"writekey",
        b"mobilekey",
        b"tenant",
        b"account",
        b"project",
        b"tracking",
        b"measurement",
    ];
    let flat = super::filters::flat_lower(name);
    let has = |w: &&[u8]| super::filters::contains(&flat, w);
    !SECRET.iter().any(has)
        && (PUBLIC.iter().any(has)
            || super::filters::names_client_side_key(&String::from_utf8_lossy(name))
            || super::filters::key_names_no_secret(name))
}

/// Bit 0: `s` has a quote; bit 1: it has a digit. (Fixed-size blocks, so that the compiler
/// turns the loop into vector instructions: every line of a scan comes here.)
fn quotes_and_digits(s: &[u8]) -> u8 {
    let byte = |b: u8| {
        u8::from(b == b'"') | u8::from(b == b'\'') | (u8::from(b.wrapping_sub(b'0') < 10) << 1)
    };
    let (blocks, rest) = s.as_chunks::<16>();
    let mut seen = 0u8;
    for block in blocks {
        let mut acc = [0u8; 16];
        for (a, &b) in acc.iter_mut().zip(block) {
            *a = byte(b);
        }
        seen |= acc.iter().fold(0, |x, &y| x | y);
    }
    rest.iter().fold(seen, |x, &b| x | byte(b))
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Line `i` defines a name with a literal value: `NAME = "…"`, `const name = '…'`,
/// `NAME: "…"`, `$name = '…'`, `name <- "…"`, `define('NAME', '…')`, a shell or Makefile
/// `NAME=value` / `NAME := value`, an HTTP file's `@name = value`.
pub fn definition(line: &[u8], i: usize) -> Option<Definition> {
    let body_at = line.len() - line.trim_ascii_start().len();
    let body = &line[body_at..];
    // Comments and markup are not definitions.
    if body.is_empty()
        || matches!(
            body[0],
            b'#' | b'/' | b'*' | b'<' | b'-' | b'!' | b';' | b'%' | b'>'
        )
    {
        return None;
    }
    // Every line without a finding comes here: the cheap tests first. A value followed here
    // has a digit; a quoted one is the line's first literal after an operator, or the second
    // after a quoted key or `define(`; an unquoted one follows the name that starts the line.
    let seen = quotes_and_digits(body);
    if seen & 2 == 0 {
        return None;
    }
    let first_quote = || body.iter().position(|&b| b == b'"' || b == b'\'');
    match if seen & 1 == 0 { None } else { first_quote() } {
        Some(q) => {
            let before = body[..q].trim_ascii_end();
            let after_op =
                before.ends_with(b"=") || before.ends_with(b":") || before.ends_with(b"<-");
            if !(after_op || before.is_empty() || before.ends_with(b"define(")) {
                return None;
            }
            // The literal that follows is a value of 8 or more characters with a digit
            // (or a key before one).
            let rest = &body[q + 1..];
            let len = memchr::memchr(body[q], rest).unwrap_or(rest.len());
            if after_op && (len < 8 || !rest[..len].iter().any(u8::is_ascii_digit)) {
                return None;
            }
        }
        None => {
            let lead = ["export ", "set ", "@", "$"]
                .iter()
                .find(|p| body.starts_with(p.as_bytes()))
                .map_or(0, |p| p.len());
            let name = body[lead..]
                .iter()
                .take_while(|&&b| is_name_byte(b))
                .count();
            let rest = body[lead + name..].trim_ascii_start();
            if name == 0 || !matches!(rest.first(), Some(b'=' | b':')) {
                return None;
            }
        }
    }
    let (value, quoted) = value_of(line, body_at)?;
    if value.len() < 8 || value.len() > 256 {
        return None;
    }
    let v = &line[value.clone()];
    if v.iter()
        .any(|b| b.is_ascii_whitespace() || matches!(b, b'$' | b'{' | b'}'))
        || !v.iter().any(u8::is_ascii_digit)
    {
        return None;
    }
    // The name: the identifier before the operator that precedes the value.
    let mut k = value.start - usize::from(quoted);
    let skip = |k: &mut usize, set: &[u8]| {
        while *k > 0 && set.contains(&line[*k - 1]) {
            *k -= 1;
        }
    };
    skip(&mut k, b" \t");
    let op_end = k;
    skip(&mut k, b"=:<>-,");
    if k == op_end || op_end - k > 3 {
        return None;
    }
    let op = &line[k..op_end];
    if op.contains(&b'-') && op != b"<-" {
        return None;
    }
    let define = op == b",";
    skip(&mut k, b" \t");
    if define || quoted && matches!(line.get(k.wrapping_sub(1)), Some(b'"' | b'\'')) {
        // `define('NAME', …)`, `"name": "…"`.
        if !matches!(line.get(k.wrapping_sub(1)), Some(b'"' | b'\'')) {
            return None;
        }
        k -= 1;
    }
    let mut end = k;
    while k > 0 && is_name_byte(line[k - 1]) {
        k -= 1;
    }
    // (Two characters are a name too: `S2 = "…"`, then `api_secret=S2`.)
    if end - k < 2 || line[k].is_ascii_digit() {
        return None;
    }
    // A type annotation (`region: str = "…"`, `val key: String = "…"`): the name is before it.
    let before_type = line[..k].trim_ascii_end();
    if let Some(rest) = before_type.strip_suffix(b":") {
        let rest = rest.trim_ascii_end();
        let start = rest.len() - rest.iter().rev().take_while(|&&b| is_name_byte(b)).count();
        if start == rest.len() {
            return None;
        }
        (k, end) = (start, rest.len());
    }
    let before = line[..k].trim_ascii_end();
    if define && !before.ends_with(b"define('") && !before.ends_with(b"define(\"") {
        return None;
    }
    let name = k..end;
    if COMMON_NAMES
        .iter()
        .any(|c| c.eq_ignore_ascii_case(&line[name.clone()]))
    {
        return None;
    }
    // An unquoted value only in a file's own `NAME=value` lines (shell, Makefile, YAML,
    // `.http`), not code's `const x = process.env.X`.
    if !quoted {
        let lead = line[body_at..k].trim_ascii();
        if !(lead.is_empty() || matches!(lead, b"export" | b"set" | b"@" | b"$")) {
            return None;
        }
        if super::filters::is_dotted_name(v)
            || super::filters::is_call_or_index(v)
            || super::filters::is_reference(v)
        {
            return None;
        }
    }
    // A value a rule could take for a key or a password, under a name that does not say
    // what it holds.
    if !(super::filters::looks_random(v) || super::filters::plausible_password(v))
        || says_not_secret(&line[name.clone()])
    {
        return None;
    }
    Some(Definition {
        line: i,
        name,
        value,
    })
}

/// The value of a definition line: its one quoted literal, or an unquoted token that ends the
/// line (`NAME=value`, `name: value`).
fn value_of(line: &[u8], body_at: usize) -> Option<(std::ops::Range<usize>, bool)> {
    let mut it = super::filters::quoted_literals(line);
    let mut literals: [(usize, &[u8]); 3] = [(0, &[]); 3];
    let mut n = 0;
    while n < 3 {
        let Some(l) = it.next() else { break };
        literals[n] = l;
        n += 1;
    }
    let define = line[body_at..].starts_with(b"define(");
    let literal = match literals[..n] {
        [one] if !define => Some(one),
        [_, two] if define => Some(two),
        // `"name": "…"`: a quoted key.
        [(k, key), two]
            if k == body_at + 1
                && line[k + key.len() + 1..]
                    .trim_ascii_start()
                    .starts_with(b":") =>
        {
            Some(two)
        }
        [] => None,
        _ => return None,
    };
    if let Some((at, lit)) = literal {
        // Nothing but `;`, `,`, `)`, `.freeze` or a comment after it.
        let end = at + lit.len();
        let rest = line[end + 1..].trim_ascii();
        let tail_ok = rest.is_empty()
            || rest.starts_with(b"#")
            || rest.starts_with(b"//")
            || rest.iter().all(|b| matches!(b, b';' | b',' | b')' | b' '))
            || rest.starts_with(b".freeze");
        return tail_ok.then_some((at..end, true));
    }
    // Unquoted: `NAME=value`, `NAME := value`, `name: value`, `@name = value`.
    let body = &line[body_at..];
    let op = body.iter().position(|&b| b == b'=' || b == b':')?;
    let mut v = body_at + op + 1;
    while v < line.len() && matches!(line[v], b'=' | b' ' | b'\t') {
        v += 1;
    }
    let mut end = line.len();
    while end > v && matches!(line[end - 1], b' ' | b'\t' | b'\r' | b';' | b',') {
        end -= 1;
    }
    (end > v && !line[v..end].iter().any(u8::is_ascii_whitespace)).then_some((v..end, false))
}

/// Where `name` is used on `line` as a value (not assigned to, not a member or a call), the
/// line with `value` written in place of the use: raw inside an interpolation or a string
/// concatenation, quoted where the name stands alone. `at`: where the name starts.
pub fn substitute(line: &[u8], at: usize, name_len: usize, value: &[u8]) -> Option<Substituted> {
    let end = at + name_len;
    if at > 0 && is_name_byte(line[at - 1]) || line.get(end).is_some_and(|&b| is_name_byte(b)) {
        return None;
    }
    // A member of an object (`this.feedId`, `self.key`, `env.CONN`) or a variable sigil.
    let mut s = at;
    for prefix in [&b"this."[..], b"self.", b"env.", b"@", b"$"] {
        if line[..s].ends_with(prefix) {
            s -= prefix.len();
            break;
        }
    }
    if s > 0 && matches!(line[s - 1], b'.' | b'-' | b'>') {
        return None;
    }
    let after = &line[end..];
    // Assigned to, called, indexed, a member taken, a key of a map.
    let next = after.trim_ascii_start().first().copied();
    if matches!(after.first(), Some(b'.' | b'[' | b'(' | b'-'))
        || next == Some(b'=') && !after.trim_ascii_start().starts_with(b"==")
        || next == Some(b':') && !after.starts_with(b"}")
    {
        return None;
    }
    // Interpolations: `${{ env.X }}`, `${X}`, `$(X)`, `{{X}}`, `#{X}`, tox's `{env:X}`, `{X}`,
    // `%X%`.
    let wrappers: [(&[u8], &[u8]); 8] = [
        (b"${{", b"}}"),
        (b"${", b"}"),
        (b"$(", b")"),
        (b"{{", b"}}"),
        (b"#{", b"}"),
        (b"{env:", b"}"),
        (b"{", b"}"),
        (b"%", b"%"),
    ];
    for (open, close) in wrappers {
        // (Spaces inside only where the wrapper is two characters wide: `${{ env.X }}`.)
        let spaced = open.len() > 1 && close.len() > 1;
        let inner_s = if spaced {
            line[..s].trim_ascii_end().len()
        } else {
            s
        };
        let rest = &line[end..];
        let rest_trim = if spaced {
            rest.trim_ascii_start()
        } else {
            rest
        };
        if line[..inner_s].ends_with(open) && rest_trim.starts_with(close) {
            let to = end + (rest.len() - rest_trim.len()) + close.len();
            return Some(splice(line, inner_s - open.len(), to, value, false));
        }
    }
    // Inside a string (`"Bearer $X"`, `"…key=$x"`): the value joins the string.
    if inside_string(line, s) {
        return Some(splice(line, s, end, value, false));
    }
    // String concatenation: `"Bearer " + X`, `'…' . $x . '…'`, `"…key=" & X`.
    let (mut from, mut to, mut joined) = (s, end, false);
    let ops: [&[u8]; 4] = [b"+", b"..", b".", b"&"];
    let left = line[..s].trim_ascii_end();
    if let Some(op) = ops.iter().find(|op| left.ends_with(op)) {
        let l2 = left[..left.len() - op.len()].trim_ascii_end();
        if let Some(&q) = l2.last().filter(|q| matches!(q, b'"' | b'\'' | b'`')) {
            if l2[..l2.len() - 1].contains(&q) {
                from = l2.len() - 1;
                joined = true;
            }
        }
    }
    let right = after.trim_ascii_start();
    if let Some(op) = ops.iter().find(|op| right.starts_with(op)) {
        let r2 = right[op.len()..].trim_ascii_start();
        if matches!(r2.first(), Some(b'"' | b'\'' | b'`')) {
            to = line.len() - r2.len() + 1;
            joined = true;
        }
    }
    Some(splice(line, from, to, value, !joined))
}

/// Is offset `at` of `line` inside a quoted string (`"…"`, `'…'`, `` `…` ``)?
fn inside_string(line: &[u8], at: usize) -> bool {
    let mut quote = None;
    let mut k = 0;
    while k < at {
        let b = line[k];
        match quote {
            Some(_) if b == b'\\' => k += 1,
            Some(q) if b == q => quote = None,
            None if matches!(b, b'"' | b'\'' | b'`') => quote = Some(b),
            _ => {}
        }
        k += 1;
    }
    quote.is_some()
}

fn splice(line: &[u8], from: usize, to: usize, value: &[u8], quote: bool) -> Substituted {
    let mut out = Vec::with_capacity(line.len() + value.len() + 2);
    out.extend_from_slice(&line[..from]);
    let q = if value.contains(&b'"') { b'\'' } else { b'"' };
    if quote {
        out.push(q);
    }
    let value_at = out.len();
    out.extend_from_slice(value);
    if quote {
        out.push(q);
    }
    out.extend_from_slice(&line[to..]);
    Substituted {
        line: out,
        value_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up value, pieced together so that this file holds no key-shaped literal; `{V}`
    /// in a test line stands for it.
    fn value() -> String {
        ["6f6d1d2e", "20beac78", "0970a66f"].concat()
    }

    fn def(line: &str) -> Option<(String, String)> {
        let line = line.replace("{V}", &value());
        definition(line.as_bytes(), 0)
            .map(|d| (line[d.name].to_string(), line[d.value].to_string()))
    }

    fn sub(line: &str, name: &str) -> Option<String> {
        let at = line.find(name)?;
        substitute(line.as_bytes(), at, name.len(), value().as_bytes())
            .map(|s| String::from_utf8_lossy(&s.line).replace(&value(), "{V}"))
    }

    #[test]
    fn definitions() {
        let v = value();
        for (line, name) in [
            ("const UPSTREAM_REF = '{V}';", "UPSTREAM_REF"),
            ("PRIMARY_VALUE=\"{V}\"", "PRIMARY_VALUE"),
            ("X_KEY={V}", "X_KEY"),
            ("ARG1 := {V}", "ARG1"),
            ("@svcValue = {V}", "svcValue"),
            ("$default_ref = '{V}';", "default_ref"),
            ("data_ref <- \"{V}\"", "data_ref"),
            ("define('WPX_REF', '{V}');", "WPX_REF"),
            ("    \"qValue\": \"{V}\",", "qValue"),
            ("  CONN: {V}", "CONN"),
            ("FEED_REF = \"{V}\".freeze", "FEED_REF"),
            ("private readonly syncValue = \"{V}\";", "syncValue"),
            ("    conn_b: str = \"{V}\",", "conn_b"),
            ("const val AUX_REF: String = \"{V}\"", "AUX_REF"),
            ("S2 = \"{V}\"", "S2"),
        ] {
            assert_eq!(def(line), Some((name.to_string(), v.clone())), "{line}");
        }
        for line in [
            "# TOKEN = '{V}'",
            "value: \"{V}\"",
            "x = f('{V}', 'b')",
            "GREETING = \"hello world again\"",
            "DOCKERHUB_TOKEN = 'test-token'",
            "        region: str = \"us-east-1\",",
            "private let appsflyerAppId = \"id928937534\"",
            "NAME = \"abcdefghij\"",
            "URL=${BASE}/v1/items/42",
            "const zendeskApiToken = process.env.ZENDESK_API_TOKEN;",
            "def auth = env.AUTH_TOKEN_2",
            "const NEXT_PUBLIC_STORYBLOK_TOKEN = \"{V}\";",
            "static const String clientKey = 'klarna_live_client_{V}';",
            "const VITE_ALGOLIA_SEARCH_API_KEY = \"{V}\";",
            "private let amplitudeApiKey = \"{V}\"",
        ] {
            assert_eq!(def(line), None, "{line}");
        }
    }

    #[test]
    fn substitutions() {
        for (line, name, want) in [
            (
                "\"Ocp-Apim-Subscription-Key\": UPSTREAM_REF,",
                "UPSTREAM_REF",
                "\"Ocp-Apim-Subscription-Key\": \"{V}\",",
            ),
            (
                "-H \"Authorization: Bearer ${TOKEN_X}\" \\",
                "TOKEN_X",
                "-H \"Authorization: Bearer {V}\" \\",
            ),
            (
                "curl -u \"w1X:${{ env.CONN }}\" https://x",
                "CONN",
                "curl -u \"w1X:{V}\" https://x",
            ),
            (
                "docker login -u _ \"--password=$(ARG1)\" registry",
                "ARG1",
                "docker login -u _ \"--password={V}\" registry",
            ),
            (
                "net use S: %S% /user:%U% %SVCPASS% /persistent:yes",
                "SVCPASS",
                "net use S: %S% /user:%U% {V} /persistent:yes",
            ),
            (
                "\"https://api.x.org/v2?apiKey=\"+svcValue, nil)",
                "svcValue",
                "\"https://api.x.org/v2?apiKey={V}, nil)",
            ),
            (
                "url.searchParams.set(\"key\", this.feedId);",
                "feedId",
                "url.searchParams.set(\"key\", \"{V}\");",
            ),
            (
                "Ocp-Apim-Subscription-Key: {{defaultId}}",
                "defaultId",
                "Ocp-Apim-Subscription-Key: {V}",
            ),
            (
                "params={\"access_key\": WX_PARAM}, timeout=15)",
                "WX_PARAM",
                "params={\"access_key\": \"{V}\"}, timeout=15)",
            ),
        ] {
            assert_eq!(sub(line, name).as_deref(), Some(want), "{line}");
        }
        for (line, name) in [
            ("UPSTREAM_REF = other", "UPSTREAM_REF"),
            ("x = KEY_X.strip()", "KEY_X"),
            ("x = KEY_X[0:4]", "KEY_X"),
            ("obj.KEY_X", "KEY_X"),
            ("KEY_X: string", "KEY_X"),
        ] {
            assert_eq!(sub(line, name), None, "{line}");
        }
    }
}
