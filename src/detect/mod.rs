//! Lines (plus their surrounding context) → candidate secrets.
//!
//! One Aho-Corasick automaton over every rule's keywords picks, per line, the few rules worth
//! running; their regexes compile on first use. Candidates then pass the value filters
//! (placeholder, randomness, entropy, checksum) before they reach the allow stage.

mod cbytes;
pub mod checksum;
mod credfile;
pub mod crypto_keys;
mod fallback;
pub mod filters;
mod i18n;
mod indirect;
mod joined;
mod pair;
mod wire;

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
use crate::rules::{Kind, Rule, RuleSpec};
use filters::find;

/// How many lines before and after a line a rule's `context` regex may look at.
pub const CONTEXT_LINES: usize = 5;

/// A value that a rule matched and the filters kept. It holds the secret itself, so it lives
/// only between detection and the allow stage, which turns it into a redacted `Finding`.
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Index of the rule in the detector.
    pub rule: usize,
    /// 0-based index of the line in the file.
    pub line: usize,
    /// Byte offsets of the match in the line.
    pub start: usize,
    pub end: usize,
    pub secret: Vec<u8>,
    /// The format's checksum verified: a real key, not a look-alike.
    pub checksum_ok: bool,
    /// Found where the value is used (`indirect`): the 0-based line of that use.
    pub used_at: Option<usize>,
}

/// Why a rule's match was not reported (shown by `eval --explain`; used to tune the filters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DropReason {
    /// The assigned name cannot hold a secret (`user`, `file`, `*_id`).
    NameNotSecret,
    /// The value is not what the name would hold (a call, a path, a cut-off token).
    ValueUnfitForName,
    /// A higher-priority rule already reported this span.
    Overlap,
    /// A private key header without a key body.
    NoPemBody,
    /// The format's checksum does not verify: a made-up look-alike.
    BadChecksum,
    Placeholder,
    /// A labelled hash digest (`sha256:…`, SRI `sha512-…`): integrity data, not a secret.
    Digest,
    /// Ciphertext meant to be committed (SealedSecret, KMS blob, SOPS): not the secret.
    Ciphertext,
    LowEntropy,
    /// A generic value that looks typed or structured, not generated.
    NotRandom,
    /// A documented public identifier (`pk_live_`, `3MVG9`).
    PublicId,
    /// Starts with a provider's prefix that provider's rule did not accept.
    ProviderShaped,
    Stopword,
    /// The rule's required context (a keyword nearby) is missing.
    NoContext,
    /// A generic value next to a named provider, a near miss of that provider's format.
    NearMissOfProvider,
}

/// A match that a filter dropped.
#[derive(Debug, Clone)]
pub struct Dropped {
    pub rule: usize,
    pub line: usize,
    pub value: Vec<u8>,
    pub why: DropReason,
}

/// Where dropped matches go: nowhere on the hot path (`()`), a list when explaining.
trait Trace {
    fn dropped(&mut self, f: impl FnOnce() -> Dropped);
}

impl Trace for () {
    #[inline(always)]
    fn dropped(&mut self, _: impl FnOnce() -> Dropped) {}
}

impl Trace for Vec<Dropped> {
    fn dropped(&mut self, f: impl FnOnce() -> Dropped) {
        self.push(f());
    }
}

/// The compiled catalog: rules plus the keyword prefilter.
pub struct Detector {
    rules: Vec<Rule>,
    /// Keyword automaton, cheap to build (contiguous NFA): enough for a typical commit.
    ac: AhoCorasick,
    /// The same keywords as a DFA (faster search, slower to build), built the first time a
    /// scan covers many lines.
    ac_dfa: OnceLock<Option<AhoCorasick>>,
    keywords: Vec<String>,
    /// Keyword pattern index → rules that keyword belongs to.
    keyword_rules: Vec<Vec<u32>>,
    /// Keyword pattern index → does finding it mean a specific provider is being configured
    /// (a distinctive provider keyword, not a generic word such as `token`)?
    claims: Vec<bool>,
    /// Per keyword slot: can a value start with it as a token prefix (`ghp_`, `AKIA`, `eyJ`)?
    /// A word counts only where a rule's pattern starts a key with it (`(eyJ…`, `|AKIA`), not
    /// where it names the provider in the context (`(?i:aws`, `\bhec`, `cko`, `atlas`).
    /// (Worked out the first time a value is checked against them: most commits never do.)
    prefix_slots: OnceLock<Vec<bool>>,
    /// Per keyword slot: does it say the line decodes base64 (`base64`, `atob(`, `decode(`)?
    decode_slots: Vec<bool>,
    /// Rules with `file_keywords`, each with one searcher per word: they run only in texts
    /// that contain all their words (on every line when they have no `keywords`).
    file_gated: Vec<(u32, Vec<AhoCorasick>)>,
}

/// Keywords that name no one: generic parts of many providers' keys (`api_`, `live_`).
const NOT_DISTINCTIVE: &[&str] = &[
    "api-", "api_", "sdk-", "sdk_", "box-", "box_", "lob-", "lob_", "exa-", "exa_", "live_",
    "test_", "prod_", "user_", "app_", "pat.", "sat.", "sig=",
];

/// Is a keyword, followed in a rule's pattern by `next`, one of a group of alternative names
/// that more of a name follows (`(?:azure|aad|msal)[\w.-]{0,20}client…`), rather than of
/// alternative prefixes that a key's characters follow (`(?:akia|abia)[a-z0-9]{16}`)?
fn names_in_alternation(next: &str) -> bool {
    if !next.starts_with(['|', ')']) {
        return false;
    }
    let mut depth = 0usize;
    let mut end = None;
    for (k, c) in next.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                end = Some(k);
                break;
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    let Some(end) = end else {
        return false;
    };
    let after = &next[end + 1..];
    // (Or a group that starts with one of those: `(?:[^a-z_](…)?|_…)`.)
    ["[\\w", "[_", "\\s", "?", "[\\s", "\\b", "[^", ")", "(?:[^"]
        .iter()
        .any(|n| after.starts_with(n))
}

/// The keyword automaton of a scan and the buffers its lines reuse.
struct Scratch<'a> {
    ac: &'a AhoCorasick,
    /// File-gated rules whose words the scanned text contains and that have no keywords of
    /// their own: they run on every line.
    every_line: Vec<u32>,
    /// File-gated rules with line keywords whose words the scanned text lacks: their keywords
    /// do not count.
    gated_out: Vec<u32>,
    hits: Vec<u32>,
    low: Vec<u8>,
    /// The last line scanned says it decodes base64.
    decodes: bool,
}

/// The providers named around a line (see `Detector::claim`).
#[derive(Default)]
struct Claim {
    /// Some distinctive provider keyword occurs nearby.
    claimed: bool,
    /// The rules of those keywords that define a value format.
    formats: Vec<u32>,
}

/// At most this many definitions of a file are followed to their uses (`indirect`).
const MAX_DEFINITIONS: usize = 4096;
/// How many lines around a use are its context when a definition is judged there.
const USE_WINDOW: usize = 20;
/// At most this many uses of one definition are judged, and this many in one file.
const MAX_USES: u8 = 4;
const MAX_USES_PER_FILE: usize = 512;

/// How many lines around a generic match are searched for a provider's name.
pub const CLAIM_LINES: usize = 2;

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector")
            .field("rules", &self.rules.len())
            .finish()
    }
}

impl Detector {
    /// Build a detector from rule specs (priority order). Rules named in `disable` are dropped.
    pub fn new(specs: Vec<RuleSpec>, disable: &[String]) -> Result<Self> {
        let mut rules = Vec::with_capacity(specs.len());
        let mut keywords: Vec<String> = Vec::new();
        let mut keyword_rules: Vec<Vec<u32>> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        let mut file_gated = Vec::new();
        for spec in specs {
            if disable.contains(&spec.id) {
                continue;
            }
            crate::rules::validate_spec(&spec).map_err(Error::Catalog)?;
            let r = rules.len() as u32;
            for k in &spec.keywords {
                let k = k.to_ascii_lowercase();
                let slot = *index.entry(k.clone()).or_insert_with(|| {
                    keywords.push(k);
                    keyword_rules.push(Vec::new());
                    keyword_rules.len() - 1
                });
                if !keyword_rules[slot].contains(&r) {
                    keyword_rules[slot].push(r);
                }
            }
            if !spec.file_keywords.is_empty() {
                let words = spec
                    .file_keywords
                    .iter()
                    .map(|w| AhoCorasick::new([w.as_bytes()]))
                    .collect::<std::result::Result<Vec<_>, _>>()
                    .map_err(|e| Error::Catalog(format!("rule `{}`: {e}", spec.id)))?;
                file_gated.push((r, words));
            }
            rules.push(Rule::new(spec));
        }
        // Words of a line that decodes base64 (see `scan_decoded`), or hands base64 on as a
        // Basic credential (fastlane match's `git_basic_authorization("…")`): keywords of no
        // rule.
        let mut decode_slots = vec![false; keywords.len()];
        for k in [
            "base64",
            "b64",
            "atob(",
            "decode(",
            "basic_authorization",
            ".dockerc",
            // Hex decoders (`bytes.fromhex`, Go's `hex.DecodeString`, `unhexlify`, `hex2bin`).
            "fromhex",
            "musthex",
            "unhexlify",
            "hex2bin",
            "decodestring(",
            "'hex')",
            "\"hex\")",
            // The base64 of common key prefixes at a literal's start (`sk-proj-`, `sk-ant-`,
            // `xoxp-`/`xoxb-`, `ghp_`, `github_pat_`, `AKIA`, `sk_live_`, `-----BEGIN`,
            // `https://hooks.slack.com`), in lower case as keywords are matched.
            "\"c2stcHJvai1",
            "\"c2stcHJvai0",
            "\"c2stYW50LW",
            // (And whole credential documents: a Docker config, `{"auths":…`, and a Google
            // service account's key file, `{"type": "service_account"…`, compact or
            // pretty-printed.)
            "\"eyJhdXRocyI6",
            ": eyJhdXRocyI6",
            "\"eyJ0eXBlIjoic2VydmljZV9hY2NvdW50Ii",
            "\"ewogICJ0eXBlIjogInNlcnZpY2VfYWNjb3VudC",
            "\"eG94",
            "\"Z2hwX",
            "\"Z2l0aHViX3BhdF",
            "\"QUtJQ",
            "\"c2tfbGl2ZV",
            "\"LS0tLS1CRUdJTi",
            "\"aHR0cHM6Ly9ob29rcy5zbGFjay5jb20",
            "'c2stcHJvai1",
            "'c2stcHJvai0",
            "'eyJhdXRocyI6",
            "'c2stYW50LW",
            "'eG94",
            "'Z2hwX",
            "'Z2l0aHViX3BhdF",
            "'QUtJQ",
            "'c2tfbGl2ZV",
            "'LS0tLS1CRUdJTi",
            "'aHR0cHM6Ly9ob29rcy5zbGFjay5jb20",
        ]
        .map(|k| k.to_ascii_lowercase())
        {
            let k = k.as_str();
            let slot = *index.entry(k.to_string()).or_insert_with(|| {
                keywords.push(k.to_string());
                keyword_rules.push(Vec::new());
                keyword_rules.len() - 1
            });
            decode_slots.resize(keywords.len(), false);
            decode_slots[slot] = true;
        }
        // A keyword "claims" a line for a provider when it names the provider (`twilio`,
        // `datadog`) or is a distinctive token prefix (`ghp_`, `xoxb-`, `sk_live_`); generic
        // words (`token`, `api-`, `key_`) never do.
        let mut generic_words: Vec<String> = rules
            .iter()
            .filter(|r: &&Rule| r.spec.random)
            .flat_map(|r| r.spec.keywords.iter().map(|k| k.to_ascii_lowercase()))
            .collect();
        generic_words.sort_unstable();
        generic_words.dedup();
        // One automaton pass per keyword instead of a substring test per (keyword, generic word)
        // pair: ~3,000 × ~130 tests cost ~2 ms on every commit.
        let generic_ac = keyword_automaton(&generic_words, AhoCorasickKind::ContiguousNFA)
            .map_err(|e| Error::Catalog(format!("generic keyword automaton: {e}")))?;
        let claims: Vec<bool> = keywords
            .iter()
            .enumerate()
            .map(|(slot, k)| {
                !generic_ac.is_match(k.as_str())
                    && !NOT_DISTINCTIVE.contains(&k.as_str())
                    && names_a_provider(k, &keyword_rules[slot], &rules)
            })
            .collect();
        let ac = keyword_automaton(&keywords, AhoCorasickKind::ContiguousNFA)
            .map_err(|e| Error::Catalog(format!("keyword automaton: {e}")))?;
        Ok(Detector {
            rules,
            ac,
            ac_dfa: OnceLock::new(),
            keywords,
            keyword_rules,
            claims,
            prefix_slots: OnceLock::new(),
            decode_slots,
            file_gated,
        })
    }

    /// Keywords that name a provider but claim no line because a generic word (a keyword of a
    /// `random` rule, such as `key` or `token`) occurs inside them. A new generic word can
    /// silently take a provider's claim away (`:` inside `parseur:`); the catalog test keeps
    /// this list under review.
    pub fn claims_lost_to_generic_words(&self) -> Vec<String> {
        let mut lost: Vec<String> = self
            .keywords
            .iter()
            .enumerate()
            .filter(|&(slot, k)| {
                !self.claims[slot]
                    && !NOT_DISTINCTIVE.contains(&k.as_str())
                    && names_a_provider(k, &self.keyword_rules[slot], &self.rules)
            })
            .map(|(_, k)| k.clone())
            .collect();
        lost.sort_unstable();
        lost
    }

    /// The keyword automaton for a scan of `lines` lines: the DFA once scans are big.
    /// (Once built, by a big scan or `use_dfa`, the DFA serves small scans too.)
    fn automaton(&self, lines: usize) -> &AhoCorasick {
        if lines < DFA_LINES {
            return self
                .ac_dfa
                .get()
                .and_then(Option::as_ref)
                .unwrap_or(&self.ac);
        }
        self.dfa()
    }

    fn dfa(&self) -> &AhoCorasick {
        self.ac_dfa
            .get_or_init(|| keyword_automaton(&self.keywords, AhoCorasickKind::DFA).ok())
            .as_ref()
            .unwrap_or(&self.ac)
    }

    /// The built-in catalog.
    /// The built-in rules a repository gets without configuration (optional rules off).
    pub fn builtin() -> Result<Self> {
        let mut specs = crate::rules::builtin_rules()?;
        specs.retain(|s| !s.optional);
        Detector::new(specs, &[])
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn rule(&self, i: usize) -> &Rule {
        &self.rules[i]
    }

    /// Scan the lines whose indices are in `added` (ascending), with all of `lines` (the whole
    /// file) available as context. Candidates are appended to `out`.
    pub fn scan(&self, lines: &[&[u8]], added: &[usize], out: &mut Vec<Candidate>) -> Result<()> {
        self.scan_with(None, None, lines, added, out, &mut ())
    }

    /// `scan` for a file at `path`: lines of credential files that hold a password with no
    /// name in front of it (`credfile`: rsync secrets, PgBouncer user lists, realm files…) are
    /// scanned again as `password = "<value>"`.
    /// `text` is the file's content, which `lines` split.
    pub fn scan_file(
        &self,
        path: &str,
        text: &[u8],
        lines: &[&[u8]],
        added: &[usize],
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        self.scan_with(Some(path), Some(text), lines, added, out, &mut ())
    }

    /// Scan every line of a text and also return what the filters dropped, and why.
    pub fn explain(&self, text: &[u8]) -> Result<(Vec<Candidate>, Vec<Dropped>)> {
        let mut dropped = Vec::new();
        let out = self.scan_all(text, &mut dropped)?;
        Ok((out, dropped))
    }

    /// Scan every line of a text (all lines count as added).
    pub fn scan_text(&self, text: &[u8]) -> Result<Vec<Candidate>> {
        self.scan_all(text, &mut ())
    }

    fn scan_all<T: Trace>(&self, text: &[u8], trace: &mut T) -> Result<Vec<Candidate>> {
        let lines = crate::added::split_lines(text);
        let all: Vec<usize> = (0..lines.len()).collect();
        let mut out = Vec::new();
        self.scan_with(None, Some(text), &lines, &all, &mut out, trace)?;
        Ok(out)
    }

    fn scan_with<T: Trace>(
        &self,
        path: Option<&str>,
        text: Option<&[u8]>,
        lines: &[&[u8]],
        added: &[usize],
        out: &mut Vec<Candidate>,
        trace: &mut T,
    ) -> Result<()> {
        let (mut every_line, mut gated_out) = (Vec::new(), Vec::new());
        for (r, words) in &self.file_gated {
            let found = |w: &AhoCorasick| match text {
                Some(t) => w.is_match(t),
                None => lines.iter().any(|l| w.is_match(*l)),
            };
            // (A gated rule without line keywords never enters a line's hits unless it runs on
            // every line, so only gated rules with keywords need taking out of the hits: the
            // Vault table, explorer-key and WebdriverIO rules, whose keywords are common words
            // and whose patterns a file without their words never compiles.)
            let keyed = !self.rules[*r as usize].spec.keywords.is_empty();
            match (words.iter().all(found), keyed) {
                (false, true) => gated_out.push(*r),
                (true, false) => every_line.push(*r),
                _ => {}
            }
        }
        let mut scratch = Scratch {
            every_line,
            gated_out,
            ac: self.automaton(added.len()),
            hits: Vec::new(),
            low: Vec::new(),
            decodes: false,
        };
        let file = path.map(credfile::File::of);
        let mut definitions = Vec::new();
        // Per line, once the file has a definition: did some rule's keyword occur on it (0: not
        // known, 1: yes, 2: no)? A use can only put a value in a secret's slot on such a line.
        let mut keyworded: Vec<u8> = Vec::new();
        for &i in added {
            if i >= lines.len() {
                continue;
            }
            let first = out.len();
            self.scan_line(&mut scratch, lines, i, out, trace)?;
            let had_hits = !scratch.hits.is_empty();
            if let Some(k) = keyworded.get_mut(i) {
                *k = if had_hits { 1 } else { 2 };
            }
            let decodes = scratch.decodes;
            // A value line whose name is on a line above it (`pair`), as `NAME: value`.
            if out.len() == first {
                if let Some(p) = pair::paired(lines, i) {
                    self.scan_rewritten(&mut scratch, lines, i, p, out)?;
                }
            }
            if out.len() == first {
                if let Some(p) = file.as_ref().and_then(|f| credfile::rewrite(f, lines, i)) {
                    self.scan_rewritten(&mut scratch, lines, i, p, out)?;
                }
            }
            if out.len() == first && decodes {
                self.scan_decoded(&mut scratch, lines, i, out)?;
            }
            // A password a mail or directory protocol sends in base64 (SASL PLAIN, `AUTH LOGIN`).
            if out.len() == first {
                if let Some(w) = wire::decoded(lines, i) {
                    let p = pair::Paired {
                        line: w.line,
                        value_at: 0,
                        synthetic_value_at: 0,
                    };
                    self.scan_rewritten(&mut scratch, lines, i, p, out)?;
                    for c in &mut out[first..] {
                        (c.start, c.end) = (w.start, w.end);
                    }
                }
            }
            // A literal written as the fallback of a configuration lookup (`${KEY:-…}`,
            // `| default "…"`, `os.environ.get("X", "…")`), named after its variable (on a
            // line where some rule's keyword is: the variable's name is one).
            if out.len() == first && had_hits {
                if let Some(p) = fallback::rewrite(lines[i]) {
                    self.scan_rewritten(&mut scratch, lines, i, p, out)?;
                }
            }
            // A query string inside a URL-encoded value (QGIS datasources, `redirect_uri=`,
            // logged URLs): `?access_token%3Dsk.…`, scanned as it decodes.
            if out.len() == first {
                if let Some(decoded) = filters::percent_decoded(lines[i]) {
                    self.scan_decoded_line(&mut scratch, lines, i, decoded, out)?;
                }
            }
            // A line that quotes inside a string (a notebook's source, JSON in a string, a C
            // macro's `-DKEY=\"…\"`): `\"key\": \"…\"`, scanned with the backslashes gone
            // (when some rule's keyword is on it: the backslashes hide no keyword).
            if out.len() == first && had_hits {
                if let Some(decoded) = filters::backslash_unescaped(lines[i]) {
                    self.scan_decoded_line(&mut scratch, lines, i, decoded, out)?;
                }
            }
            // Characters written as escapes (`"\x73\x6b…"`, `\u0073\u006b…`, `\x22key\x22:`),
            // scanned as they decode.
            if out.len() == first {
                if let Some(decoded) = filters::escapes_decoded(lines[i]) {
                    self.scan_decoded_line(&mut scratch, lines, i, decoded, out)?;
                }
            }
            // A key written as a byte array (`uint8_t psk[] = { 0x1a, … }`), as `NAME = "<hex>"`.
            if out.len() == first {
                let is_added = |k: usize| added.binary_search(&k).is_ok();
                if let Some((p, end)) = cbytes::rewrite(lines, i, is_added) {
                    let start = p.value_at;
                    self.scan_rewritten(&mut scratch, lines, i, p, out)?;
                    for c in &mut out[first..] {
                        (c.start, c.end) = (start, end);
                    }
                }
            }
            // A call's arguments on lines of their own: read with the lines that lead onto them.
            if out.len() == first {
                if let Some(j) = joined::joined(lines, i) {
                    self.scan_rewritten(&mut scratch, lines, i, j.paired, out)?;
                    let found = out.split_off(first);
                    out.extend(found.into_iter().filter(|c| c.end <= j.end));
                }
            }
            // A literal under a name that says nothing: judged where the name is used.
            // (`NAME=` and 8 characters of value at least.)
            if out.len() == first && lines[i].len() >= 12 && definitions.len() < MAX_DEFINITIONS {
                if let Some(d) = indirect::definition(lines[i], i) {
                    if keyworded.is_empty() {
                        keyworded = vec![0; lines.len()];
                        keyworded[i] = if scratch.hits.is_empty() { 2 } else { 1 };
                    }
                    definitions.push(d);
                }
            }
            if let Some(f) = file
                .as_ref()
                .filter(|f| (f.client_app || f.browser) && out.len() > first)
            {
                let generic = |r: usize| self.rules[r].spec.provider.is_empty();
                drop_public_in_app(lines, i, first, f.app_config, &generic, out, trace);
            }
            if file.as_ref().is_some_and(|f| f.pihole_setup) {
                let mut k = first;
                while k < out.len() {
                    if credfile::is_pihole_password_hash(lines[i], &out[k].secret) {
                        remove_dropped(out, k, DropReason::Digest, trace);
                    } else {
                        k += 1;
                    }
                }
            }
        }
        if !definitions.is_empty() {
            let f = file.as_ref();
            self.scan_uses(&mut scratch, f, lines, &mut keyworded, &definitions, out)?;
        }
        Ok(())
    }

    /// The definitions of `indirect` judged at their uses: each use line is scanned with the
    /// value in the name's place (within the use's own window of context), and the first
    /// finding inside the value is reported on the definition's line.
    fn scan_uses(
        &self,
        scratch: &mut Scratch,
        file: Option<&credfile::File>,
        lines: &[&[u8]],
        keyworded: &mut [u8],
        definitions: &[indirect::Definition],
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        let names: Vec<&[u8]> = definitions
            .iter()
            .map(|d| &lines[d.line][d.name.clone()])
            .collect();
        // (Names at identifier boundaries do not overlap: leftmost-longest finds each use. A
        // contiguous NFA builds fast for the few names of a file.)
        let Ok(ac) = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&names)
        else {
            return Ok(());
        };
        // The uses, on the lines with some rule's keyword (known for the lines scanned, looked
        // up for the others).
        let mut uses: Vec<(usize, usize, usize)> = Vec::new();
        for (j, line) in lines.iter().enumerate() {
            if keyworded[j] == 0 {
                let hit = scratch.ac.is_match(lowercase(line, &mut scratch.low));
                keyworded[j] = if hit { 1 } else { 2 };
            }
            if keyworded[j] == 1 {
                for m in ac.find_iter(*line) {
                    uses.push((j, m.start(), m.pattern().as_usize()));
                }
            }
        }
        // Uses judged per definition (a name used everywhere is judged at its first few), and
        // per file.
        let mut tries = vec![0u8; definitions.len()];
        let mut budget = MAX_USES_PER_FILE;
        for (j, at, k) in uses {
            let d = &definitions[k];
            if tries[k] >= MAX_USES || d.line == j {
                continue;
            }
            let line = lines[j];
            let value = &lines[d.line][d.value.clone()];
            let Some(sub) = indirect::substitute(line, at, d.name.len(), value) else {
                continue;
            };
            if budget == 0 {
                break;
            }
            budget -= 1;
            tries[k] += 1;
            let first = out.len();
            let lo = j.saturating_sub(USE_WINDOW);
            let hi = (j + USE_WINDOW + 1).min(lines.len());
            let mut window: Vec<&[u8]> = lines[lo..hi].to_vec();
            window[j - lo] = &sub.line;
            self.scan_line(scratch, &window, j - lo, out, &mut ())?;
            // In an app's or a page's own file, a client-side key in its SDK's slot is public,
            // as on any line.
            if let Some(f) = file.filter(|f| f.client_app || f.browser) {
                let generic = |r: usize| self.rules[r].spec.provider.is_empty();
                drop_public_in_app(&window, j - lo, first, f.app_config, &generic, out, &mut ());
            }
            // Only what lies inside the value counts, on the definition's line.
            let inside =
                |c: &Candidate| c.start >= sub.value_at && c.end <= sub.value_at + d.value.len();
            let found = out.split_off(first);
            if let Some(mut c) = found.into_iter().find(inside) {
                c.line = d.line;
                c.used_at = Some(j);
                c.start = c.start - sub.value_at + d.value.start;
                c.end = c.end - sub.value_at + d.value.start;
                out.push(c);
                tries[k] = MAX_USES;
            }
        }
        Ok(())
    }

    /// A key kept in base64 on a line that decodes it (`Buffer.from("eG94Yi…", "base64")`,
    /// `b64decode("c2tfbGl2…")`, `mustDecode(…)`: the keyword pass saw `base64`, `b64`,
    /// `atob(` or `decode(` on it): the decoded text is scanned in the line's
    /// place, and what it finds covers the quoted literal. Only formats that need no name can
    /// match there (`xoxb-`, `sk_live_`, `npm_`…): the decoded text has no name in front.
    fn scan_decoded(
        &self,
        scratch: &mut Scratch,
        lines: &[&[u8]],
        i: usize,
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        let line = lines[i];
        // A registry pull secret's `.dockerconfigjson:` (or `.dockercfg:`) value is unquoted
        // YAML: base64 of the JSON that holds the registry password.
        let yaml_value = filters::find(line, b".dockerc")
            .and_then(|k| line[k..].iter().position(|&b| b == b':').map(|c| k + c + 1))
            .map(|v| {
                let at = v + line[v..]
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
                let len = line[at..]
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\''))
                    .unwrap_or(line.len() - at);
                (at, &line[at..at + len])
            });
        // (Then runs a quote opens inside another literal: `"$(echo '…' | base64 -d)"`.)
        let literals = yaml_value
            .into_iter()
            .chain(filters::quoted_literals(line))
            .chain(filters::quote_led_runs(line));
        for (at, literal) in literals {
            if !(20..=4096).contains(&literal.len()) {
                continue;
            }
            let Some(text) = filters::base64_text(literal).or_else(|| filters::hex_text(literal))
            else {
                continue;
            };
            let first = out.len();
            let p = pair::Paired {
                line: text,
                value_at: at,
                synthetic_value_at: 0,
            };
            self.scan_rewritten(scratch, lines, i, p, out)?;
            for c in &mut out[first..] {
                c.start = at;
                c.end = at + literal.len();
            }
            if out.len() > first {
                break;
            }
        }
        Ok(())
    }

    /// Scan line `i` as it decodes (`text`, and for each of its bytes the offset in the real line
    /// where that byte's encoding starts, one more at the end): what is found covers the
    /// encodings of the bytes it matched.
    fn scan_decoded_line(
        &self,
        scratch: &mut Scratch,
        lines: &[&[u8]],
        i: usize,
        (text, at): (Vec<u8>, Vec<usize>),
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        let first = out.len();
        let p = pair::Paired {
            line: text,
            value_at: 0,
            synthetic_value_at: 0,
        };
        self.scan_rewritten(scratch, lines, i, p, out)?;
        for c in &mut out[first..] {
            (c.start, c.end) = (at[c.start], at[c.end]);
        }
        Ok(())
    }

    /// Scan line `i` rewritten (`p`) within a window of the lines around it that serves as its
    /// context; only matches inside the value count, mapped back to the real line. (What the
    /// filters drop here is not traced: it would point into the rewritten line.)
    fn scan_rewritten(
        &self,
        scratch: &mut Scratch,
        lines: &[&[u8]],
        i: usize,
        p: pair::Paired,
        out: &mut Vec<Candidate>,
    ) -> Result<()> {
        const WINDOW: usize = 200;
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW + 1).min(lines.len());
        let mut window: Vec<&[u8]> = lines[lo..hi].to_vec();
        window[i - lo] = &p.line;
        let first = out.len();
        self.scan_line(scratch, &window, i - lo, out, &mut ())?;
        // Back to the real line: only matches inside the value count.
        let found = out.split_off(first);
        out.extend(
            found
                .into_iter()
                .filter(|c| c.start >= p.synthetic_value_at)
                .map(|mut c| {
                    c.line = i;
                    c.start = c.start - p.synthetic_value_at + p.value_at;
                    c.end = c.end - p.synthetic_value_at + p.value_at;
                    c
                }),
        );
        Ok(())
    }

    /// Run the rules whose keywords occur on line `i`.
    fn scan_line<T: Trace>(
        &self,
        scratch: &mut Scratch,
        lines: &[&[u8]],
        i: usize,
        out: &mut Vec<Candidate>,
        trace: &mut T,
    ) -> Result<()> {
        let Scratch {
            ac,
            every_line,
            gated_out,
            hits,
            low,
            decodes,
        } = scratch;
        hits.clear();
        *decodes = false;
        for m in ac.find_overlapping_iter(lowercase(lines[i], low)) {
            let slot = m.pattern().as_usize();
            hits.extend_from_slice(&self.keyword_rules[slot]);
            *decodes |= self.decode_slots[slot];
        }
        hits.extend_from_slice(every_line);
        if hits.is_empty() {
            return Ok(());
        }
        hits.sort_unstable();
        hits.dedup();
        if !gated_out.is_empty() {
            hits.retain(|r| !gated_out.contains(r));
        }
        let first = out.len();
        let mut claim: Option<Claim> = None;
        for &r in hits.iter() {
            let r = r as usize;
            if self.rules[r].spec.random {
                // A provider is named nearby but none of its rules matched on this line:
                // the value is that provider's key only if it has the provider's format
                // (then it is reported under the provider's rule); otherwise it is a
                // malformed or look-alike key (or a different field), not a generic secret.
                // Provider rules run first (lower indices).
                let provider_found = out[first..].iter().any(|c| !self.rules[c.rule].spec.random);
                if !provider_found {
                    let claim = claim.get_or_insert_with(|| self.claim(lines, i));
                    if claim.claimed {
                        let from = out.len();
                        self.run_rule(r, lines, i, first, out, trace)?;
                        self.hand_over(&claim.formats, lines, from, out, trace)?;
                        continue;
                    }
                }
            }
            self.run_rule(r, lines, i, first, out, trace)?;
        }
        Ok(())
    }

    /// Does the value start with a provider's token prefix (`AKIA`, `ghp_`, `sk_live_`)? Then the
    /// provider's own rule decides: a value it did not accept is a truncated or made-up
    /// look-alike, not a generic secret.
    /// Per keyword slot: can a value start with it as a token prefix (see `prefix_slots`)?
    fn prefix_slots(&self) -> &[bool] {
        self.prefix_slots.get_or_init(|| {
            let rules = &self.rules;
            self.keywords
                .iter()
                .enumerate()
                .map(|(slot, k)| {
                    let of_slot = &self.keyword_rules[slot];
                    // `sk-` starts the keys of OpenAI, Anthropic, DeepSeek, Braintrust and more:
                    // only a longer prefix such as `sk-ant-` names a format. Nor do the words
                    // that name no one (`api_live.…` is Onfido's, not the format of a rule keyed
                    // on `api_`).
                    k != "sk-"
                        && !NOT_DISTINCTIVE.contains(&k.as_str())
                        && !of_slot
                            .iter()
                            .all(|&r| rules[r as usize].spec.shape_keywords)
                        && (!k.bytes().all(|b| b.is_ascii_alphanumeric())
                            || of_slot.iter().any(|&r| {
                                // (Generic rules name secrets; their words start no key.)
                                if rules[r as usize].spec.random {
                                    return false;
                                }
                                let re = rules[r as usize].spec.regex.to_ascii_lowercase();
                                // A word counts where the pattern starts a key with it (`(eyJ`,
                                // `|AKIA`, `(?:xox`); a provider's name that its keys do not
                                // start with (`voyage`, `atlas`, `cypress`) is context, and a
                                // password may start with it. So is a directive's name that a
                                // separator follows (`|psk\s*=`).
                                ["(", "|", "(?:"].iter().any(|open| {
                                    let at = format!("{open}{k}");
                                    re.match_indices(&at).any(|(p, _)| {
                                        let next = &re[p + at.len()..];
                                        ![
                                            "\\s", "\\b", "=", ":", " ", "[\\s", "[:=", "[=:",
                                            "\"", "'", "[\"", "['",
                                        ]
                                        .iter()
                                        .any(|sep| next.starts_with(sep))
                                            && !names_in_alternation(next)
                                    })
                                })
                            }))
                })
                .collect()
        })
    }

    /// The rules whose keys start with a keyword that `value` starts with (in the pattern's own
    /// case: `eaa…` hex is not Meta's `EAA…`).
    fn prefix_rules<'a>(
        &'a self,
        value: &'a [u8],
        low: &'a mut Vec<u8>,
    ) -> impl Iterator<Item = &'a Rule> + 'a {
        self.ac
            .find_overlapping_iter(lowercase(value, low))
            .filter(|m| {
                m.start() == 0 && m.len() >= 3 && self.prefix_slots()[m.pattern().as_usize()]
            })
            .flat_map(|m| {
                self.keyword_rules[m.pattern().as_usize()]
                    .iter()
                    .map(move |&r| (m.len(), r))
            })
            .map(|(len, r)| (&value[..len], &self.rules[r as usize]))
            .filter(|(prefix, rule)| {
                !rule.spec.random
                    && rule.spec.value.is_none()
                    && !rule.spec.shape_keywords
                    && !written_in_another_case(&rule.spec.regex, prefix)
            })
            .map(|(_, rule)| rule)
    }

    /// Is `value` (on line `i`) a key of a provider's format where the lines around it say the
    /// provider made it public (`public_context`: a Firebase config's `AIza…` under a generic
    /// `apiKey` name)?
    fn public_by_its_format(&self, value: &[u8], lines: &[&[u8]], i: usize) -> bool {
        let mut low = Vec::new();
        let public = self.prefix_rules(value, &mut low).any(|rule| {
            rule.public_context().is_ok_and(|public| {
                public.is_some_and(|public| {
                    rule.regex().is_ok_and(|re| re.is_match(value))
                        && in_public_context(public, lines, i)
                })
            })
        });
        public
    }

    fn provider_shaped(&self, value: &[u8]) -> bool {
        // Environment words that many providers put in front of their keys (Mollie, Lob,
        // GoCardless `live_`; Twitch's stream key is one of them): they name no one's format.
        // Nor do the prefixes that several payment and SaaS providers share with Stripe or JWTs
        // (`sk_live_` at Culqi, Paystack and Magic, `sk_` at Clearbit, Benchling and Ticket
        // Tailor; Klaviyo's private `pk_`; Conekta's `key_`; Branch's `secret_live_`; Census's
        // `secret-token:`).
        const SHARED_PREFIXES: &[&[u8]] = &[
            b"live_",
            b"test_",
            b"prod_",
            b"sandbox_",
            b"sk_",
            b"pk_",
            b"key_",
            b"secret_",
            b"secret-",
        ];
        if SHARED_PREFIXES
            .iter()
            .any(|p| value.len() >= p.len() && value[..p.len()].eq_ignore_ascii_case(p))
            || filters::is_base64_json_credential(value)
            // A sign people type into passwords, which no provider's token alphabet holds
            // (`Peli_yiw1rm60!` is a password that starts like a Pelican key; not `%`, which
            // URL-encodes a masked token's ellipsis).
            || value.iter().any(|b| b"!@#$^&*?~".contains(b))
        {
            return false;
        }
        let mut low = Vec::new();
        // The prefix rules of the keywords the value starts with: it is shaped like their keys
        // but none of their patterns fits it. (One that fits only lacked its context, such as
        // the provider's name nearby: then it is a key, not a look-alike; unless its checksum
        // fails.)
        let mut prefix_rules = self.prefix_rules(value, &mut low).peekable();
        prefix_rules.peek().is_some()
            && !prefix_rules.any(|rule| {
                // A fit whose checksum fails was judged by that rule already: a look-alike.
                rule.regex().is_ok_and(|re| re.is_match(value))
                    && rule
                        .spec
                        .checksum
                        .is_none_or(|kind| checksum::verify(kind, value) != Some(false))
            })
    }

    /// Which providers are named (by a distinctive keyword at a word start) within
    /// `CLAIM_LINES` of line `i`, and which of their rules define a value format.
    fn claim(&self, lines: &[&[u8]], i: usize) -> Claim {
        let lo = i.saturating_sub(CLAIM_LINES);
        let hi = (i + CLAIM_LINES + 1).min(lines.len());
        let mut claim = Claim::default();
        let mut low = Vec::new();
        // The DFA if a scan built it (the same matches, faster).
        let ac = self.automaton(0);
        for (j, l) in lines[lo..hi].iter().enumerate() {
            // Another line names the provider for this one unless it is a sibling assignment of
            // its own value (`STRIPE_KEY=pk_…` above `DB_PASSWORD=…`): a block header
            // (`twilio:`, `[twilio]`), a comment or prose about the provider does.
            if lo + j != i && assigns_a_value(l) {
                continue;
            }
            // An annotation (`keyhook:allow=github-pat`) names rules, not the provider in use.
            let l = match l.windows(8).position(|w| w == b"keyhook:") {
                Some(p) => &l[..p],
                None => l,
            };
            // The keyword must start a word (`ion_` inside `version_` names nothing).
            for m in ac.find_overlapping_iter(lowercase(l, &mut low)) {
                let slot = m.pattern().as_usize();
                if !self.claims[slot] || (m.start() > 0 && l[m.start() - 1].is_ascii_alphanumeric())
                {
                    continue;
                }
                claim.claimed = true;
                for &r in &self.keyword_rules[slot] {
                    let spec = &self.rules[r as usize].spec;
                    if !spec.random && spec.value.is_some() && !claim.formats.contains(&r) {
                        claim.formats.push(r);
                    }
                }
            }
        }
        claim
    }

    /// Generic candidates `out[from..]` found where a provider is named: those whose value has
    /// the format of one of the naming providers' rules (`formats`) are reported under that rule;
    /// near misses of those formats (a truncated or mistyped key of that provider) and, where the
    /// naming provider has no value format, any value are dropped; a value of a different kind
    /// stays a generic finding.
    fn hand_over<T: Trace>(
        &self,
        formats: &[u32],
        lines: &[&[u8]],
        from: usize,
        out: &mut Vec<Candidate>,
        trace: &mut T,
    ) -> Result<()> {
        let mut k = from;
        while k < out.len() {
            let secret = &out[k].secret;
            let mut owner = None;
            for &r in formats {
                let rule = &self.rules[r as usize];
                if rule.value()?.is_some_and(|v| v.is_match(secret.as_slice()))
                    && rule.entropy_ok(secret)
                {
                    owner = Some(r as usize);
                    break;
                }
            }
            // A near miss of the named provider's format (a truncated or mistyped key of that
            // provider): not reported at all. A provider without a value format cannot judge the
            // value: a secret-named random literal stays a generic finding (`heroku config:set
            // API_SECRET=…` names the platform, not the key's issuer).
            // (Not under a webhook's name: a provider's webhook secret is whatever its user
            // chose, `RAZORPAY_WEBHOOK_SECRET`, not a key of the provider's format.)
            let webhook = || {
                let c = &out[k];
                lines.get(c.line).is_some_and(|l| {
                    filters::contains(&l[..c.start.min(l.len())].to_ascii_lowercase(), b"webhook")
                })
            };
            let dropped = || {
                !webhook()
                    && formats.iter().any(|&r| {
                        self.rules[r as usize]
                            .shape()
                            .is_some_and(|s| s.near_miss(secret))
                    })
            };
            match owner {
                Some(r) => out[k].rule = r,
                None if dropped() => {
                    remove_dropped(out, k, DropReason::NearMissOfProvider, trace);
                    continue;
                }
                None => {}
            }
            k += 1;
        }
        Ok(())
    }

    fn run_rule<T: Trace>(
        &self,
        r: usize,
        lines: &[&[u8]],
        i: usize,
        first_of_line: usize,
        out: &mut Vec<Candidate>,
        trace: &mut T,
    ) -> Result<()> {
        let rule = &self.rules[r];
        let re = rule.regex()?;
        let groups = rule.secret_groups()?;
        let name_groups = rule.name_groups()?;
        // A Kubernetes `Secret`'s key (see below), for the one rule that names it.
        let key_group = re
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, "key");
        // What a keyed rule's name says between the provider and the value (`_PUBLIC_KEY = `).
        let gap_group = re
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, "gap");
        let line = lines[i];
        let mut context_ok: Option<bool> = None;
        // Report why a match was dropped (a no-op unless explaining) and go to the next one.
        macro_rules! drop_as {
            ($why:expr, $range:expr) => {{
                trace.dropped(|| Dropped {
                    rule: r,
                    line: i,
                    value: line[$range].to_vec(),
                    why: $why,
                });
                continue;
            }};
        }
        // A query parameter's value ends at `&`; the match ran on over the next parameters
        // (`api_key_sid=SK…&key_secret=…`), so the search starts again after the `&`.
        let mut from = 0;
        loop {
            let mut restart: Option<usize> = None;
            for caps in re.captures_iter(regex_automata::Input::new(line).range(from..)) {
                if restart.is_some() {
                    break;
                }
                let Some(m) = groups.iter().find_map(|&g| caps.get_group(g)) else {
                    continue;
                };
                let (start, mut end) = (m.start, m.end);
                let name_span = name_groups.iter().find_map(|&g| caps.get_group(g));
                // The name as the filters read it: other languages' words in English
                // (`DB_SENHA` as `DB_PASSWORD`).
                let canon = name_span.map(|n| i18n::canonical_name(&line[n.range()]));
                // Words joined into a passphrase (`CrystalThistleKayakIvoryBirch`), where a slot
                // takes one: a password rule's, or a name that says passphrase, pre-shared key or
                // Wi-Fi; under a name that only says password, four words or a digit or sign (a
                // test runner's status line, `PASS:` and three words, names a test).
                let joined_passphrase = |judged: &[u8]| {
                    let words = filters::joined_words(judged);
                    words >= 3
                        && (rule.spec.password
                            || canon.as_deref().is_some_and(|name| {
                                let lower = name.to_ascii_lowercase();
                                [
                                    &b"passphrase"[..],
                                    b"psk",
                                    b"preshared",
                                    b"pre-shared",
                                    b"pre_shared",
                                    b"wifi",
                                    b"wlan",
                                    b"wpa",
                                ]
                                .iter()
                                .any(|w| filters::contains(&lower, w))
                                    || (filters::names_password(name)
                                        && (judged.iter().any(|b| {
                                            !b.is_ascii_alphabetic()
                                                && !matches!(b, b'-' | b'_' | b'.')
                                        }) || words >= 4))
                            }))
                };
                if let Some(name) = name_span {
                    // A URL query parameter (`?token=…&pin=1`, `&amp;password=…&amp;ssl=1` in
                    // XML): the value ends at the next `&`.
                    if name.start > 0
                        && (matches!(line[name.start - 1], b'?' | b'&')
                            || line[..name.start].ends_with(b"&amp;"))
                    {
                        if let Some(amp) = line[start..end].iter().position(|&b| b == b'&') {
                            end = start + amp;
                            restart = Some(end + 1);
                        }
                        if filters::is_badge_query(&line[..name.start])
                            || filters::is_peer_key_query(&line[..name.start], &line[name.range()])
                        {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                    } else if let Some(amp) = filters::next_query_field(&line[start..end]) {
                        // A form-encoded body (`"token=…&user=…&message=…"`): the value ends
                        // where the next `&name=` field begins.
                        end = start + amp;
                        restart = Some(end + 1);
                    }
                    // `Public key: age1…`, `public key: <base64>` (`wg show`): the word before the
                    // name says the key is the public half.
                    let said = line[..name.start].trim_ascii_end();
                    if line[..name.start].ends_with(b" ")
                        && said.len() >= 6
                        && said[said.len() - 6..].eq_ignore_ascii_case(b"public")
                    {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                    // `Restoring cache key: npm-linux-<sha256>` (a CI log), `partition key:
                    // tenant-…`: the word before a bare `key` says which kind of lookup key it is.
                    if line[..name.start].ends_with(b" ")
                        && line[name.range()].eq_ignore_ascii_case(b"key")
                        && filters::qualifies_lookup_key(said)
                    {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                    // A Cosmos SDK public key's `key` (its object's `@type` ends in `PubKey`).
                    if line[name.range()].eq_ignore_ascii_case(b"key")
                        && filters::in_pubkey_object(lines, i)
                    {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                    // A Helm chart's `checksum/secret:` annotation: the digest of a rendered
                    // template, named by a path.
                    if name.start >= 9
                        && line[name.start - 9..name.start].eq_ignore_ascii_case(b"checksum/")
                    {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                    // Base64's padding read as a comparison: an SSH public key's blob ending in
                    // `…LwPw==` and then the key's comment, whose blob's last letters spell `Pw`.
                    if filters::ends_base64_blob(line, name.range()) {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                    // A signed URL's token (`…/1080p.mp4?token=…&expires=1747452202`, Bunny's
                    // token authentication): a signature that expires, not the signing key; the
                    // key in Transloadit's signed form params (`{"auth": {"key": …`); a value
                    // whose own comment says it is public (`// Web端(JS API) Key`).
                    if filters::is_signed_url_token(line, name.range(), end)
                        || filters::is_webhook_signature_token(
                            &line[name.range()],
                            &line[start..end],
                            lines,
                            i,
                        )
                        || filters::comment_says_public(line, end)
                        || filters::opens_auth_object(&line[..name.start])
                    {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                    let original = &line[name.range()];
                    let name: &[u8] = canon.as_deref().unwrap_or(original);
                    // A name taken for another language's word that is only a piece of a word
                    // (`sekretariat`, `enclave`) and has no English secret word either.
                    if matches!(canon, Some(std::borrow::Cow::Borrowed(_)))
                        && i18n::has_foreign_fragment(original)
                        && !filters::has_english_secret_word(original)
                    {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                    // A Cyrillic secret word that is only the end of a longer word
                    // (`строка_подключения`, "connection string", holds `ключ`, key; the
                    // pattern's name starts at the word it knows).
                    if i18n::starts_inside_cyrillic_word(line, name_span.map_or(0, |n| n.start)) {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                    // (`BASIC_AUTH_HEADER = 'b3Jk…'`: a name about a header, but the value is the
                    // Basic credential itself, `user:password` in base64.)
                    let basic_credential = || {
                        filters::names_auth(name) && filters::is_basic_credential(&line[start..end])
                    };
                    // .NET's `<add key="D2lBaseUrl" value="…" />`: the `key` attribute names the
                    // setting; its value is in `value`.
                    let setting_name = original.eq_ignore_ascii_case(b"key")
                        && line[..name_span.map_or(0, |n| n.start)]
                            .trim_ascii_end()
                            .ends_with(b"<add");
                    // A Kubernetes `secretKeyRef:`'s `key:` names an entry of a Secret.
                    let secret_ref_key = original.eq_ignore_ascii_case(b"key")
                        && enclosing_keys(lines, i).first().is_some_and(|b| {
                            b.eq_ignore_ascii_case(b"secretKeyRef")
                                || b.eq_ignore_ascii_case(b"configMapKeyRef")
                        });
                    if !(filters::name_may_hold_secret(name) || basic_credential())
                        || filters::is_signing_key_id(name, &line[start..end])
                        || (rule.spec.provider.is_empty()
                            && (filters::is_s3_access_key_id(name, &line[start..end])
                                || filters::is_adjust_app_token(name, &line[start..end])
                                || filters::is_signature_key_digest(name, &line[start..end])
                                || filters::is_app_store_connect_key_id(
                                    name,
                                    &line[start..end],
                                    line,
                                )))
                        || setting_name
                        || secret_ref_key
                        || filters::is_csrf_field_name(original)
                        || filters::is_scram_server_key(name, lines, i)
                    {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                    if rule.spec.provider.is_empty() && filters::is_key_half_of_pair(name, lines, i)
                    {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                    if rule.spec.provider.is_empty() {
                        let value = &line[start..end];
                        // Nix's `access-tokens = github.com=Iv1.…`: a host's token, judged alone.
                        if filters::host_token(value).is_some_and(filters::is_public_id) {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        // libpq's `password= dbname=app`: an empty password, then the next
                        // setting.
                        if start > 0
                            && line[start - 1].is_ascii_whitespace()
                            && line[..start].trim_ascii_end().ends_with(b"=")
                            && filters::opens_next_setting(value)
                        {
                            drop_as!(DropReason::Placeholder, start..end);
                        }
                        // MagicBell's inbox component (`<MagicBell apiKey="…">`): the public key.
                        if find(line, b"<MagicBell ").is_some() {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        // git's `signingkey`, gpg's `default-key`, gpg-agent's `sshcontrol`
                        // keygrips: a key's fingerprint names it.
                        if filters::is_key_fingerprint(name, value) {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                    }
                    if !filters::value_fits_name(
                        name,
                        &line[start..end],
                        start.checked_sub(1).map(|p| line[p]),
                        line.get(end).copied(),
                    ) {
                        drop_as!(DropReason::ValueUnfitForName, start..end);
                    }
                    if long_quoted_literal_cut_short(line, start, end)
                        || filters::is_code_expression(line, start, end)
                    {
                        drop_as!(DropReason::ValueUnfitForName, start..end);
                    }
                    // `"bindCredential": ["…"]` (a Keycloak component's one-value list), not a list
                    // of several values (`token_variants = ['+i6t-not-inline', …]`).
                    if filters::in_longer_list(line, start, end)
                        && !filters::names_secret_list(name)
                    {
                        drop_as!(DropReason::ValueUnfitForName, start..end);
                    }
                    if filters::is_yaml_tag(line, start, end) {
                        drop_as!(DropReason::Placeholder, start..end);
                    }
                    if filters::in_hashed_element(line, start, end) {
                        drop_as!(DropReason::Digest, start..end);
                    }
                    // A Matrix server's published verify keys (`verify_keys` then
                    // `"ed25519:a_X": {"key": "…"}`) and its retired ones (`old_signing_keys`):
                    // the public halves of its signing keys.
                    if name.eq_ignore_ascii_case(b"key")
                        && lines[i.saturating_sub(3)..=i].iter().any(|l| {
                            filters::contains(l, b"verify_keys")
                                || filters::contains(l, b"old_signing_keys")
                        })
                    {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                    // A bare name in a provider's block (`pusher:` then `  key: '…'`, `[algolia]`
                    // then `search_key = …`): the block says whose key it is.
                    if let Some(block) = enclosing_keys(lines, i).first() {
                        let qualified = [&block.to_ascii_lowercase()[..], b"_", name].concat();
                        if filters::names_client_side_key(&String::from_utf8_lossy(&qualified))
                            || is_docsearch_key(lines, i, block, name)
                        {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                    }
                }
                // The key of a Kubernetes `Secret`'s data needs no secret word, but one that says
                // it holds a host, a user name or an id holds no secret.
                if let Some(key) = key_group.and_then(|g| caps.get_group(g)) {
                    if filters::key_names_no_secret(&line[key.range()]) {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                }
                // `DISQUS_PUBLIC_KEY = …`, `branchPublishableKey`: the provider's public half.
                if let Some(gap) = gap_group.and_then(|g| caps.get_group(g)) {
                    let said = line[gap.range()].to_ascii_lowercase();
                    if filters::contains(&said, b"public")
                        || filters::contains(&said, b"publishable")
                    {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                    // The name goes on to say id (`finicity_consumer_id => …`), or prose stands
                    // between it and the value (a changelog's `… via the pipeline (<commit>)`).
                    // (Not where the provider calls its credential an id: RiteKit's client id.)
                    let gap = &line[gap.range()];
                    if (filters::gap_names_an_id(gap) && !calls_its_credential_an_id(rule))
                        || filters::gap_is_prose(gap)
                    {
                        drop_as!(DropReason::NameNotSecret, start..end);
                    }
                }
                // FileZilla's `<Pass encoding="crypt" pubkey="…">`: encrypted with a master
                // password; Maven's `<password>{…}</password>`, base64 matched inside braces.
                // A SOPS file's `sops:` metadata: the data keys KMS, age or PGP encrypted.
                // (An optional rule reports a kind of ciphertext that some teams want found:
                // Jenkins' `{AQAAAB…}` secrets.)
                if (!rule.spec.optional
                    && (filters::in_encrypted_element(&line[..start])
                        || (start > 0
                            && line.get(end) == Some(&b'}')
                        // (Not ODBC's quoting of a value: `;PWD={…};`.)
                        && !(start >= 2 && line[start - 2] == b'=' && line[start - 1] == b'{')
                        // (Nor an argument in Exim's brace syntax: `{eq{$auth3}{…}}`.)
                        && !(start >= 2 && line[start - 2] == b'}' && line[start - 1] == b'{')
                        && filters::is_ciphertext(&line[start - 1..end + 1]))))
                    || in_sops_metadata(lines, i)
                    // Inside a SOPS value (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`).
                    || memchr::memmem::rfind(&line[..start], b"ENC[AES256_GCM,")
                        .is_some_and(|k| !line[k..start].contains(&b']'))
                    // Database tools' exports, whose passwords they encrypt.
                    || (rule.spec.provider.is_empty()
                        && filters::in_db_tool_encrypted_export(lines, i))
                    // Chocolatey's DPAPI-encrypted source keys.
                    || (rule.spec.provider.is_empty()
                        && filters::in_chocolatey_api_keys(line, start))
                    // Renovate's `encrypted: { npmToken: "…" }`: encrypted for the bot's key.
                    || (!rule.spec.optional
                        && enclosing_keys(lines, i)
                            .first()
                            .is_some_and(|b| b.eq_ignore_ascii_case(b"encrypted")))
                    // WSO2's cipher tool: a `[secrets]` table's values RSA-encrypted in place
                    // (before, the clear text stands in brackets, `"[admin]"`).
                    || (filters::is_rsa_ciphertext_base64(&line[start..end])
                        && enclosing_keys(lines, i)
                            .first()
                            .is_some_and(|b| b.eq_ignore_ascii_case(b"secrets")))
                {
                    drop_as!(DropReason::Ciphertext, start..end);
                }
                // The Supabase CLI's local keys: published, and good only on localhost. A token
                // issued by a reserved example domain: a documentation example.
                if filters::is_supabase_demo_jwt(&line[start..end])
                    || filters::is_example_jwt(&line[start..end])
                {
                    drop_as!(DropReason::Placeholder, start..end);
                }
                // A JWS signed with a certificate chain (Apple's `signedPayload`): signed data;
                // a signed embedding URL's token, handed to the viewer's browser.
                if filters::is_certificate_signed_jws(&line[start..end])
                    || filters::is_signed_embed_path(&line[..start])
                {
                    drop_as!(DropReason::PublicId, start..end);
                }
                // An OData page's `$skiptoken=` (base64 JSON of where the next page starts,
                // `{"k":"…","t":…}`, which begins like a legacy Grafana key): a cursor.
                if filters::is_paging_cursor(&line[..start]) {
                    drop_as!(DropReason::PublicId, start..end);
                }
                if end > start && filters::unrealircd_auth_type_not_plain(line, end) {
                    drop_as!(DropReason::Digest, start..end);
                }
                if end == start {
                    continue;
                }
                // A higher-priority rule already reported this span.
                if out[first_of_line..]
                    .iter()
                    .any(|c| c.line == i && c.start < end && start < c.end)
                {
                    drop_as!(DropReason::Overlap, start..end);
                }
                let secret: Vec<u8> = match rule.spec.kind {
                    Kind::Token => line[start..end].to_vec(),
                    Kind::PemBlock => match pem_body(lines, i, end) {
                        Some(body) => body,
                        None => drop_as!(DropReason::NoPemBody, start..end),
                    },
                };
                // Letters of other alphabets (`Tigre_Göteborg94`): a password a person typed,
                // judged in its ASCII spelling; other characters (CJK, signs) make text, not a key.
                let spelled = if rule.spec.random && !secret.is_ascii() {
                    match i18n::ascii_spelling(&secret) {
                        Some(s) => Some(s),
                        None => drop_as!(DropReason::NotRandom, start..end),
                    }
                } else {
                    None
                };
                let judged: &[u8] = spelled.as_deref().unwrap_or(&secret);
                let mut checksum_ok = false;
                if let Some(kind) = rule.spec.checksum {
                    match checksum::verify(kind, &secret) {
                        Some(true) => checksum_ok = true,
                        Some(false) => drop_as!(DropReason::BadChecksum, start..end),
                        None => {}
                    }
                }
                // A published sample key (an SDK's PEM key, a well-formed key from the docs).
                if (checksum_ok || rule.spec.kind == Kind::PemBlock)
                    && filters::is_published_example(judged)
                {
                    drop_as!(DropReason::Placeholder, start..end);
                }
                if !checksum_ok {
                    // PEM bodies are checked by `pem_body` (DER has long runs of `A`).
                    if rule.spec.kind == Kind::Token {
                        // (Or a commit in a changelog's parentheses: `Fix CSP for
                        // challenges.cloudflare.com (a4f8e49e…)`, 40 lower-case hex digits.)
                        let commit_in_parentheses = judged.len() == 40
                            && judged
                                .iter()
                                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
                            && start > 0
                            && line[start - 1] == b'('
                            && line.get(end) == Some(&b')');
                        if filters::is_labelled_digest(judged)
                            || filters::is_signature_digest(&line[..start], judged)
                            || commit_in_parentheses
                        {
                            drop_as!(DropReason::Digest, start..end);
                        }
                        if (name_span.is_some()
                            && (filters::is_version(judged) || filters::is_locale(judged)))
                            || filters::is_email(judged)
                        {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        // Cut short where the line shows it masked (`sk_live_0t…Zc`).
                        if line[end..].starts_with("…".as_bytes()) {
                            drop_as!(DropReason::Placeholder, start..end);
                        }
                        // A value found near a provider's name but assigned to a name that says
                        // what else it is (`TWILIO_TRACE_ID = "<32 hex>"`, `trace_id: "…"`).
                        // (The `…-near-name` rules and the other `value` rules, a provider's
                        // name and its key's format; not those that report a credential their
                        // provider calls an id, `ritekit-client-id`.)
                        let near_name = rule.spec.id.ends_with("-near-name")
                            || (rule.spec.value.is_some() && !calls_its_credential_an_id(rule));
                        if near_name
                            && filters::assigned_name(line, start).is_some_and(|n| {
                                let lower = n.to_ascii_lowercase();
                                filters::names_id(n) || filters::contains(&lower, b"trace")
                            })
                        {
                            drop_as!(DropReason::NameNotSecret, start..end);
                        }
                        // The user half of a key pair written as Basic credentials
                        // (`Authorization: Uploadcare.Simple <public key>:<secret key>`): the
                        // secret is after the colon.
                        if rule.spec.value.is_some()
                            && line.get(end) == Some(&b':')
                            && line
                                .get(end + 1)
                                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'$')
                            && start > 0
                            && line[start - 1].is_ascii_whitespace()
                        {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        // (`curl -u "op://vault/item/field:x"`: the part after a `user:` split is
                        // the rest of a secret manager's reference.)
                        if filters::is_placeholder(judged)
                            || filters::pair_secret_is_reference(line, end)
                            || (judged.starts_with(b"//") && filters::split_reference(line, start))
                        {
                            drop_as!(DropReason::Placeholder, start..end);
                        }
                        // Sixteen lower-case letters (whole or in fours) are a mail provider's
                        // app password when random, and words run together when not.
                        if filters::has_app_password_shape(judged)
                            && !filters::is_app_password(judged)
                        {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        // An iOS device's APNs token (64 hex digits) in a device list beside
                        // its platform: the address of one app install, as an FCM
                        // registration token is. (A RustDesk relay's public key likewise.)
                        if canon.as_deref().is_some_and(|name| {
                            filters::is_apns_device_token(judged, name, lines, i)
                                || filters::is_rustdesk_public_key(judged, name, lines, i)
                                || filters::is_tink_public_key_value(name, lines, i)
                                || (name.eq_ignore_ascii_case(b"token")
                                    && filters::is_public_sdk_token_init(line))
                        }) {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        // A keyboard shortcut (`"key": "ctrl+alt+c"` in `keybindings.json`).
                        if filters::is_key_chord(judged) || filters::is_name_list(judged) {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        // (Under a password's name, `SummerIsHot` is what a person typed; in a
                        // passphrase's slot, `CrystalThistleKayakIvoryBirch`.)
                        if (filters::is_camel_case_words(judged)
                            || (filters::is_identifier_with_acronyms(judged)
                                && !canon.as_deref().is_some_and(filters::names_password)))
                            && !joined_passphrase(judged)
                        {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        // Base64 of text decoded in place (`Buffer.from("eG94Yi0…", "base64")`):
                        // the decoding pass judges the text, a provider's token maybe.
                        if filters::decoded_in_place(&line[end..])
                            && filters::base64_text(judged).is_some()
                        {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        if filters::is_anon_role_jwt(judged)
                            || filters::is_solidity_constant(line)
                            || filters::is_nats_jwt(judged)
                            || filters::is_ssh_public_key_blob(judged)
                            || filters::is_openpgp_public_key_blob(judged)
                            || filters::is_nats_public_nkey(judged)
                        {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        if filters::is_ciphertext(judged)
                            || (judged.len() >= 100 && in_sealed_secret(lines, i))
                            || filters::is_rapidminer_encrypted(line, judged)
                        {
                            drop_as!(DropReason::Ciphertext, start..end);
                        }
                    }
                    if !rule.entropy_ok(judged) {
                        drop_as!(DropReason::LowEntropy, start..end);
                    }
                    // A typed password under a password-like name counts even when not random.
                    let typed_password = || {
                        joined_passphrase(judged)
                            || (rule.spec.password
                                && (filters::typed_in_password_slot(judged)
                                    || filters::is_app_password(judged)
                                    || filters::is_spaced_passphrase(judged)
                                    || filters::is_passphrase(judged)))
                            || canon.as_deref().is_some_and(|name| {
                                let lower = name.to_ascii_lowercase();
                                (filters::plausible_password(judged)
                                    && (filters::names_password(name)
                                        || (filters::names_creds(name) && !judged.contains(&b':'))
                                        || (filters::ends_in_secret_word(name)
                                            && (filters::has_password_symbol(judged)
                                                || filters::word_dot_number(judged)))))
                                    // (A mail provider's app password: random letters only.)
                                    || (filters::is_app_password(judged)
                                        && (filters::names_password(name)
                                            || filters::ends_in_secret_word(name)))
                                    || (filters::is_passphrase(judged)
                                        && (filters::names_password(name)
                                            || filters::contains(&lower, b"secret")
                                            || filters::contains(&lower, b"psk")))
                            })
                    };
                    if rule.spec.random {
                        // A Ghost Content API key: public by design.
                        if filters::is_ghost_content_key(&line[start..end], lines, i) {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        // A WS-Security `<Password Type="…#PasswordDigest">`: a digest of the
                        // password with a nonce and a time, made for one request. Kafka's SCRAM
                        // credentials as stored (`salt=…,stored_key=…,server_key=…`): hashes.
                        if filters::contains(line, b"#PasswordDigest")
                            || (filters::contains(line, b"salt=")
                                && filters::contains(line, b"stored_key=")
                                && filters::contains(line, b"server_key="))
                        {
                            drop_as!(DropReason::Digest, start..end);
                        }
                        // A value of an SQL INSERT goes to one column: the one its place in the
                        // tuple names, which must hold a secret (not the row's id beside it).
                        if let Some(column) = rule
                            .spec
                            .provider
                            .is_empty()
                            .then(|| filters::sql_insert_column(lines, i, start))
                            .flatten()
                        {
                            if !filters::name_may_hold_secret(&column)
                                || column.eq_ignore_ascii_case(b"id")
                            {
                                drop_as!(DropReason::NameNotSecret, start..end);
                            }
                        }
                        // A UUID is an id, except where the rule or the name says credential
                        // (Heroku, Snyk, Consul and Codecov issue UUIDs as keys and tokens);
                        // one with a data region after it is a key under a key's name
                        // (Pendo's integration keys, `<uuid>.eu`).
                        // (Nexus Repository's npm tokens: `NpmToken.<uuid>`.)
                        let unregioned = filters::without_region(judged);
                        let unregioned =
                            unregioned.strip_prefix(b"NpmToken.").unwrap_or(unregioned);
                        // (Not beside hCaptcha: its site keys are UUIDs, its secrets `0x…`.)
                        let credential_uuid = filters::is_uuid(unregioned)
                            && (unregioned.len() < judged.len()
                                || rule.spec.uuid_is_secret
                                || canon.as_deref().is_some_and(filters::names_credential))
                            && !filters::named_in_lines_above(lines, i, b"hcaptcha")
                            && !filters::is_libvirt_secret_id(line);
                        // A short hex value is an id or a digest, except under a name that says
                        // secret or password (Flickr's 16-hex API secret, a 16-hex HMAC key); not
                        // a type path's (`AWS::SecretsManager::Secret`).
                        let hex_secret = filters::is_short_hex_key(judged)
                            && name_span.is_some_and(|n| {
                                !line[..n.start].ends_with(b"::")
                                    && canon.as_deref().is_some_and(filters::ends_in_secret_word)
                            });
                        // (Shorter than eight characters a value is too short to tell random
                        // from typed: only a typed password counts, RACF's six-character ones
                        // under a password's name among them.)
                        let machine_made = spelled.is_none()
                            && judged.len() >= 8
                            && (filters::looks_random(judged) || credential_uuid || hex_secret);
                        if !(machine_made || typed_password()) {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        // (`0x` and 40 hex digits read as an Ethereum address, except under a
                        // name that says secret or hCaptcha: hCaptcha's secret keys look so.)
                        let hcaptcha_secret = judged.starts_with(b"0x")
                            && canon.as_deref().is_some_and(|n| {
                                filters::ends_in_secret_word(n)
                                    || filters::contains(&n.to_ascii_lowercase(), b"captcha")
                            });
                        // A signing key's OpenPGP fingerprint or key id (`sign-key: <40 hex>`
                        // in AppImageBuilder, `signing_key_id`), in upper case as gpg prints it.
                        let pgp_key_id = matches!(judged.len(), 16 | 40)
                            && judged
                                .iter()
                                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b))
                            && canon.as_deref().is_some_and(|n| {
                                let lower = n.to_ascii_lowercase();
                                ["sign", "gpg", "pgp"]
                                    .iter()
                                    .any(|w| filters::contains(&lower, w.as_bytes()))
                            });
                        if (filters::is_public_id(judged) && !hcaptcha_secret) || pgp_key_id {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        // (A hex digest under a name that says hashed: Redmine's
                        // `hashed_password: <SHA-1>`; a typed password there is still one.)
                        let hashed_hex = judged.len() >= 32
                            && judged.iter().all(u8::is_ascii_hexdigit)
                            && canon.as_deref().is_some_and(|n| {
                                filters::contains(&n.to_ascii_lowercase(), b"hashed")
                            });
                        if canon
                            .as_deref()
                            .is_some_and(|n| filters::is_data_loader_ciphertext(n, judged))
                        {
                            drop_as!(DropReason::Ciphertext, start..end);
                        }
                        if filters::is_password_hash(judged)
                            || filters::encodes_password_hashes(judged)
                            || filters::is_colon_hex_fingerprint(judged)
                            || filters::is_handshake_token(&line[..start], judged)
                            || hashed_hex
                        {
                            drop_as!(DropReason::Digest, start..end);
                        }
                        if filters::is_call_or_index(judged) {
                            drop_as!(DropReason::NotRandom, start..end);
                        }
                        if self.provider_shaped(judged) {
                            drop_as!(DropReason::ProviderShaped, start..end);
                        }
                        if self.public_by_its_format(judged, lines, i) {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                        if name_span.is_some_and(|n| &line[n.range()] == b"key")
                            && (filters::is_storage_blob_key(judged, lines, i)
                                || filters::is_onlyoffice_document_key(lines, i))
                        {
                            drop_as!(DropReason::PublicId, start..end);
                        }
                    }
                    if !rule.spec.stopwords.is_empty() {
                        let lower = String::from_utf8_lossy(judged).to_ascii_lowercase();
                        if rule
                            .spec
                            .stopwords
                            .iter()
                            .any(|w| stopword_in(&lower, judged, w))
                        {
                            drop_as!(DropReason::Stopword, start..end);
                        }
                    }
                }
                if let Some(ctx) = rule.context()? {
                    let ok = *context_ok.get_or_insert_with(|| {
                        let n = rule.spec.context_lines.unwrap_or(CONTEXT_LINES).min(200);
                        let lo = i.saturating_sub(n);
                        let hi = (i + n + 1).min(lines.len());
                        lines[lo..hi].iter().any(|l| ctx.is_match(*l))
                            || ctx.is_match(lines[lo..hi].join(&b'\n').as_slice())
                    });
                    if !ok {
                        drop_as!(DropReason::NoContext, start..end);
                    }
                }
                if secret.starts_with(b"AIza") && filters::names_browser_maps_key(&line[..start]) {
                    drop_as!(DropReason::PublicId, start..end);
                }
                if let Some(public) = rule.public_context()? {
                    if in_public_context(public, lines, i) {
                        drop_as!(DropReason::PublicId, start..end);
                    }
                }
                if filters::key_id_secret_len(&secret)
                    .is_some_and(|len| filters::key_id_with_secret_elsewhere(lines, i, end, len))
                {
                    drop_as!(DropReason::PublicId, start..end);
                }
                out.push(Candidate {
                    rule: r,
                    line: i,
                    start,
                    end,
                    secret,
                    checksum_ok,
                    used_at: None,
                });
            }
            match restart {
                Some(at) => from = at,
                None => break,
            }
        }
        Ok(())
    }

    /// Build the DFA keyword automaton now, for a caller about to run many small scans (a
    /// history's file versions): each would otherwise search with the slower NFA.
    pub fn use_dfa(&self) {
        self.dfa();
    }
}

/// Does a rule's `public_context` match line `i` or one of the `CONTEXT_LINES` above it?
fn in_public_context(public: &regex_automata::meta::Regex, lines: &[&[u8]], i: usize) -> bool {
    lines[i.saturating_sub(CONTEXT_LINES)..=i]
        .iter()
        .any(|l| public.is_match(*l))
}

/// Drop the candidates `out[first..]` of line `i` of an app's file that the app is meant to
/// carry (see `filters::public_in_app`).
fn drop_public_in_app<T: Trace>(
    lines: &[&[u8]],
    i: usize,
    first: usize,
    config: bool,
    generic: &dyn Fn(usize) -> bool,
    out: &mut Vec<Candidate>,
    trace: &mut T,
) {
    if is_heroku_app_manifest(lines) {
        return;
    }
    let mut k = first;
    while k < out.len() {
        let c = &out[k];
        let before = &lines[i][..c.start.min(lines[i].len())];
        // (What names the value is next to it: on a minified bundle's one long line, words
        // far before the value belong to other code.)
        let before = &before[before.len().saturating_sub(160)..];
        // A value without a name of its own (`<string>AIza…</string>` under a plist `<key>`, a
        // getter's `return @"…";`): the line before names it.
        let unnamed = before.split(|b| !b.is_ascii_alphanumeric()).all(|w| {
            w.is_empty() || w.eq_ignore_ascii_case(b"string") || w.eq_ignore_ascii_case(b"return")
        });
        let mut context = Vec::new();
        if unnamed && i > 0 {
            context.extend_from_slice(lines[i - 1]);
            context.push(b'\n');
        }
        context.extend_from_slice(before);
        if filters::public_in_app(&c.secret, &context, config)
            || (generic(c.rule)
                && (filters::names_client_slot(&context, &c.secret)
                    || in_browser_error_tracker_config(lines, i)))
        {
            remove_dropped(out, k, DropReason::PublicId, trace);
            continue;
        }
        k += 1;
    }
}

/// Is line `i` inside the configuration object of an error tracker's browser SDK
/// (`var _rollbarConfig = {`, `Bugsnag.start({`, `Honeybadger.configure({`)? Its token is the
/// client-side one, made to be sent to every browser.
fn in_browser_error_tracker_config(lines: &[&[u8]], i: usize) -> bool {
    const TRACKERS: [&[u8]; 8] = [
        b"rollbar",
        b"bugsnag",
        b"honeybadger",
        b"raygun",
        b"trackjs",
        b"logrocket",
        b"datadog_rum",
        b"datadogrum",
    ];
    lines[i.saturating_sub(6)..i]
        .iter()
        .rev()
        .find(|l| l.trim_ascii_end().ends_with(b"{"))
        .is_some_and(|opener| {
            let lower = opener.to_ascii_lowercase();
            TRACKERS.iter().any(|t| filters::contains(&lower, t))
        })
}

/// Is this `app.json` Heroku's app manifest (its `buildpacks`, `addons` or `formation`) rather
/// than an Expo app's config? Its `env` values are the server's, not an app's.
fn is_heroku_app_manifest(lines: &[&[u8]]) -> bool {
    let says = |word: &[u8]| {
        lines
            .iter()
            .take(400)
            .any(|l| l.windows(word.len()).any(|w| w == word))
    };
    (says(b"\"buildpacks\"") || says(b"\"addons\"") || says(b"\"formation\"")) && !says(b"\"expo\"")
}

/// Remove candidate `out[k]`, telling `trace` why.
fn remove_dropped<T: Trace>(out: &mut Vec<Candidate>, k: usize, why: DropReason, trace: &mut T) {
    let c = out.remove(k);
    trace.dropped(|| Dropped {
        rule: c.rule,
        line: c.line,
        value: c.secret,
        why,
    });
}

/// Does a case-sensitive pattern write `prefix` only in another case (`EAA` for a value that
/// starts `eaa`)?
fn written_in_another_case(regex: &str, prefix: &[u8]) -> bool {
    let Ok(prefix) = std::str::from_utf8(prefix) else {
        return false;
    };
    !regex.contains("(?i")
        && !regex.contains(prefix)
        && regex
            .to_ascii_lowercase()
            .contains(&prefix.to_ascii_lowercase())
}

/// An inline PEM body (`-----BEGIN …-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: …\n\nMIIE…` in a
/// JSON string) without its `Name: value` headers and the literal `\n`s before them.
fn skip_inline_headers(rest: &[u8]) -> &[u8] {
    let mut s = rest;
    loop {
        let mut t = s;
        while let Some(after) = t
            .strip_prefix(b"\\n")
            .or_else(|| t.strip_prefix(b"\\\\n"))
            .or_else(|| t.strip_prefix(b"\\r"))
        {
            t = after;
        }
        let name = t
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name == 0 || t.get(name..name + 2) != Some(b": ") {
            return s;
        }
        match find(t, b"\\n") {
            Some(p) => s = &t[p..],
            None => return s,
        }
    }
}

/// Is line `i` inside a Bitnami `SealedSecret` manifest (its `kind:` above it in the same YAML
/// or JSON document)? Its long values are ciphertext for the cluster's key, whatever its size
/// (`is_ciphertext` knows the 4096-bit key's prefix only).
/// Does a rule report a credential its provider calls an id (RiteKit's client id used as the
/// key, Foursquare's client ID or secret, a Kontent.ai environment id used as the key)? Its
/// findings may sit under names that say id.
fn calls_its_credential_an_id(rule: &Rule) -> bool {
    let d = rule.spec.description.to_ascii_lowercase();
    rule.spec.id.contains("-id")
        || d.contains("id used as")
        || d.contains("key id")
        || (d.contains("client id")
            && !d.contains("not a secret")
            && !d.contains("is its id")
            && !d.contains("has the same format"))
}

/// The keys of the blocks that hold line `i`, nearest first: in an indented file (YAML, pretty
/// JSON, HCL) each less-indented line that opens a block (`pusher:`, `"sops": {`, `pusher {`),
/// the callee of an object literal given to a call (`new GhostContentAPI({`) or an HTML start
/// tag written over lines (`<mux-player`); in an INI or TOML file the section (`[pusher]`).
/// Looks at most 80 lines up.
fn enclosing_keys<'a>(lines: &[&'a [u8]], i: usize) -> Vec<&'a [u8]> {
    let indent = |l: &[u8]| l.iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
    let mut keys = Vec::new();
    let mut own = indent(lines[i]);
    for l in lines[..i].iter().rev().take(80) {
        let t = l.trim_ascii();
        if t.is_empty() || t.starts_with(b"#") || t.starts_with(b"//") || t.starts_with(b";") {
            continue;
        }
        if own == 0 {
            // A section of an INI or TOML file.
            if t.starts_with(b"[") && t.ends_with(b"]") && !t.starts_with(b"[[") {
                keys.push(t[1..t.len() - 1].trim_ascii());
                break;
            }
            continue;
        }
        if indent(l) >= own {
            continue;
        }
        own = indent(l);
        // An item of a YAML list (`- arn: …` above `  enc: …`): an unnamed mapping in a list.
        if t.starts_with(b"- ") && !t.ends_with(b":") {
            continue;
        }
        // An HTML or XML start tag written over lines (`<mux-player` then `  env-key="…"`):
        // the element holds its attributes.
        if let Some(tag) = t.strip_prefix(b"<").filter(|_| !t.contains(&b'>')) {
            let tag = tag.split(u8::is_ascii_whitespace).next().unwrap_or(tag);
            if !tag.is_empty()
                && tag
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b':'))
            {
                keys.push(tag);
            }
            break;
        }
        let t = t.strip_prefix(b"- ").unwrap_or(t);
        let opened = t
            .strip_suffix(b"{")
            .or_else(|| t.strip_suffix(b"["))
            .map(|k| k.trim_ascii_end())
            .map(|k| k.strip_suffix(b"=").unwrap_or(k).trim_ascii_end())
            .unwrap_or(t);
        // An object given to a call (`new GhostContentAPI({`): the callee names the block.
        if let Some(call) = opened.strip_suffix(b"(") {
            let callee_len = call
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$'))
                .count();
            if callee_len > 0 {
                keys.push(&call[call.len() - callee_len..]);
            }
            break;
        }
        let Some(key) = opened
            .strip_suffix(b":")
            .or_else(|| (opened.len() < t.len()).then_some(opened))
        else {
            // A line that opens no block (a list item, a value cut over lines): stop.
            break;
        };
        let key = key.trim_ascii();
        let key = key
            .strip_prefix(b"\"")
            .and_then(|k| k.strip_suffix(b"\""))
            .unwrap_or(key);
        if key.is_empty() {
            // An unnamed object in a list (`{`, `- {`): its list has the name.
            continue;
        }
        if !key
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        {
            break;
        }
        keys.push(key);
        if own == 0 {
            break;
        }
    }
    keys
}

/// A documentation site's search settings (Docusaurus, VitePress, VuePress, Nuxt's Algolia
/// module): `algolia: { appId, apiKey, indexName }`. The key there is the search-only key
/// Algolia's DocSearch hands out for the browser; an admin key is named so.
fn is_docsearch_key(lines: &[&[u8]], i: usize, block: &[u8], name: &[u8]) -> bool {
    let search_block =
        block.eq_ignore_ascii_case(b"algolia") || block.eq_ignore_ascii_case(b"docsearch");
    // (Jekyll's `algolia:` block is the indexer's: its `api_key` writes the index.)
    let key_name = name == b"apiKey" || name == b"searchApiKey";
    search_block
        && key_name
        && lines[i.saturating_sub(4)..(i + 5).min(lines.len())]
            .iter()
            .any(|l| filters::contains(l, b"indexName"))
}

/// Is line `i` inside a SOPS file's `sops:` metadata (the data keys that KMS, age or PGP
/// encrypted, the MAC), which holds ciphertext and ids only?
fn in_sops_metadata(lines: &[&[u8]], i: usize) -> bool {
    enclosing_keys(lines, i)
        .last()
        .is_some_and(|k| *k == b"sops")
}

fn in_sealed_secret(lines: &[&[u8]], i: usize) -> bool {
    for l in lines[..=i].iter().rev().take(500) {
        if l.starts_with(b"---") {
            return false;
        }
        let t = l.trim_ascii_start();
        // (In a diff of the manifest, past the `+`/`-` of a changed line, the block that holds
        // the ciphertext says it even where the hunk does not reach `kind:`.)
        let body = t.strip_prefix(b"+").or(t.strip_prefix(b"-")).unwrap_or(t);
        if body.trim_ascii_start().starts_with(b"encryptedData:") {
            return true;
        }
        let t = t.strip_prefix(b"\"").unwrap_or(t);
        if let Some(rest) = t.strip_prefix(b"kind") {
            let rest = rest.strip_prefix(b"\"").unwrap_or(rest).trim_ascii_start();
            if let Some(v) = rest.strip_prefix(b":") {
                let v = v.trim_ascii();
                let v = v.strip_prefix(b"\"").unwrap_or(v);
                return v.starts_with(b"SealedSecret");
            }
        }
    }
    false
}

/// Is the line `NAME = value` / `NAME: value` / `"name": "value"` (optionally after `export`),
/// with a value that does not open a block?
fn assigns_a_value(line: &[u8]) -> bool {
    let mut t = line.trim_ascii();
    t = t.strip_prefix(b"export ").unwrap_or(t).trim_ascii_start();
    let t = t
        .strip_prefix(b"\"")
        .or_else(|| t.strip_prefix(b"'"))
        .unwrap_or(t);
    let name = t
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'.' | b'-'))
        .count();
    if name == 0 {
        return false;
    }
    let rest = t[name..].trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest)
        .trim_ascii_start();
    let value = match rest {
        [b':', b':', ..] => return false,
        [b'=' | b':', v @ ..] => v.trim_ascii(),
        _ => return false,
    };
    !value.is_empty() && !matches!(value.last(), Some(b':' | b'{' | b'[' | b'(' | b'>'))
}

/// `s` in ASCII lowercase, in `buf` (reused): the keyword automata are case-sensitive over
/// lowercase keywords. Same length, so match offsets are offsets into `s`.
fn lowercase<'a>(s: &[u8], buf: &'a mut Vec<u8>) -> &'a [u8] {
    buf.clear();
    buf.extend(s.iter().map(u8::to_ascii_lowercase));
    buf
}

/// Scans of at least this many added lines use the DFA keyword automaton (its build, ~0.5 ms,
/// pays for itself only on big inputs).
const DFA_LINES: usize = 2_000;

/// Would keyword `k` (of the rules `slot_rules`) name a specific provider: a token prefix
/// (`ghp_`, `xoxb-`), a `value` rule's name, or the provider's own name (`twilio`)?
fn names_a_provider(k: &str, slot_rules: &[u32], rules: &[Rule]) -> bool {
    let norm = |s: &str| -> String {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    let prefix_like = k.len() >= 4 && (k.ends_with('_') || k.ends_with('-'));
    slot_rules.iter().any(|&r| {
        let spec = &rules[r as usize].spec;
        let provider = norm(&spec.provider);
        !spec.random
            && (prefix_like
                // A `value` rule's keywords are the provider's names.
                || (spec.value.is_some() && k.len() >= 4)
                || (provider.len() >= 4
                    && (norm(k).contains(&provider)
                        || (k.len() >= 5 && provider.contains(&norm(k))))))
    })
}

fn keyword_automaton(
    keywords: &[String],
    kind: AhoCorasickKind,
) -> std::result::Result<AhoCorasick, aho_corasick::BuildError> {
    // Keywords are lowercase and searched in lowercased text: a case-sensitive automaton builds
    // in less than half the time of an ASCII-case-insensitive one (1.1 vs 2.7 ms for ~1,500
    // keywords), paid on every commit.
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(false)
        .match_kind(MatchKind::Standard)
        .kind(Some(kind))
        .build(keywords)
}

/// The base64 body of a PEM private key whose BEGIN marker ends at `end` of line `i`: either on
/// the same line (after a literal `\n` in a string) or on the following lines up to the END
/// marker. `None` when there is no real body (a doc mention, a placeholder).
fn pem_body(lines: &[&[u8]], i: usize, end: usize) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    let take = |chunk: &[u8], body: &mut Vec<u8>| -> bool {
        // Returns true when the END marker was reached.
        let chunk = &without_line_break_names(chunk)[..];
        let stop = find(chunk, b"-----END").unwrap_or(chunk.len());
        // (A `+` next to a blank or a quote concatenates the code's strings: `'…' + sLineBreak +`.)
        let joins = |k: usize| {
            chunk[k] == b'+'
                && [k.checked_sub(1), Some(k + 1)].iter().any(|&n| {
                    n.and_then(|n| chunk.get(n))
                        .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\'' | b'"'))
                })
        };
        body.extend(
            (0..stop)
                .filter(|&k| !joins(k))
                .map(|k| chunk[k])
                .filter(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=')),
        );
        stop < chunk.len()
    };
    let rest = skip_inline_headers(&lines[i][end..]);
    // The rest of the line counts only when it is the body (or the start of it) written inline;
    // `value="-----BEGIN PGP PRIVATE KEY BLOCK-----" offset="0"/>` is a file-type table.
    let inline = is_body_line(&rest[..find(rest, b"-----END").unwrap_or(rest.len())]);
    let mut done = inline && {
        // Same-line bodies use literal `\n` separators (JSON, code strings).
        let rest_clean: Vec<u8> = rest
            .split(|&b| b == b'\\')
            .flat_map(|p| p.strip_prefix(b"n").unwrap_or(p).iter().copied())
            .collect();
        take(&rest_clean, &mut body)
    };
    // A key added or removed in a patch (`+-----BEGIN …`, `-    -----BEGIN …`): its body lines
    // carry the `+` or `-` too. (Not the first dash of a plain `-----BEGIN`.)
    let patch = match lines[i].first() {
        Some(&b'+') => Some(b'+'),
        Some(&b'-') if !lines[i].starts_with(b"-----") => Some(b'-'),
        _ => None,
    };
    let mut closed = done;
    let mut j = i + 1;
    while !done && j < lines.len() && j <= i + 200 {
        let l = lines[j];
        let l = match patch.and_then(|m| l.strip_prefix(&[m])) {
            Some(r) if !r.starts_with(b"----") => r,
            _ => l,
        };
        // Headers like `Proc-Type:` in encrypted keys are not body; a `Name: value` line after
        // the body ends it (PuTTY's `Private-MAC:`), and so does any line that is not base64.
        if let Some(end) = find(l, b"-----END") {
            // The body's last part may sit before the END marker, unless that is code
            // (`if kind == 'ec': return '-----BEGIN …-----\n' + b64(…) + '\n-----END …'`).
            if is_body_line(&l[..end]) {
                take(l, &mut body);
            }
            done = true;
            closed = true;
        } else if find(l, b"-----BEGIN").is_some() {
            done = true;
        } else if body.is_empty() && l.trim_ascii().is_empty() {
            // (The blank line that ends a block's headers, `Key-ID: ed25519:…`.)
        } else if l.contains(&b':') {
            done = !body.is_empty();
        } else if is_body_line(l) {
            take(l, &mut body);
        } else {
            done = true;
        }
        j += 1;
    }
    // PuTTY writes the key's own bytes, not a DER wrapper: an Ed25519 key is 48 characters.
    let putty = lines[i].trim_ascii_start().starts_with(b"Private-Lines:");
    let enough = if putty {
        body.len() >= PUTTY_MIN_BODY && filters::distinct(&body) >= 20
    } else {
        // A raw 32-byte key (Nebula's `X25519 PRIVATE KEY`, 44 characters) between BEGIN and
        // END.
        is_key_material(&body)
            || (closed
                && (43..=44).contains(&body.len())
                && filters::distinct(&body) >= 20
                && (find(lines[i], b"25519 PRIVATE KEY").is_some()
                    // (Dendrite's Matrix signing key: an Ed25519 seed under a `Key-ID` header.)
                    || find(lines[i], b"MATRIX PRIVATE KEY").is_some()))
    };
    enough.then_some(body)
}

/// The shortest PuTTY private body: an Ed25519 key (4 + 32 bytes, 48 base64 characters).
const PUTTY_MIN_BODY: usize = 44;

/// A PEM body (in the clear or decoded from base64) that holds a key: 64+ base64 characters of
/// 20+ different ones, not `<paste your key here>`. (DER and OpenSSH bodies have long runs of
/// `A`, so no placeholder test.)
pub(crate) fn is_key_material(body: &[u8]) -> bool {
    const MIN_BODY: usize = 64;
    // (OpenVPN's static key is 256 bytes in hex: 16 digits to choose from.)
    let hex = body.len() >= 256 && body.iter().all(u8::is_ascii_hexdigit);
    body.len() >= MIN_BODY
        && (filters::distinct(body) >= 20 || (hex && filters::distinct(body) >= 14))
}

/// Is the match the start of a longer quoted string (`'django-insecure-b^q@…(r8ls))_=i'`, cut at
/// a bracket)? Then it is not the value: `generic-secret-quoted-literal` judges the whole string
/// (24 characters or more, no whitespace), as one finding with one fingerprint.
fn long_quoted_literal_cut_short(line: &[u8], start: usize, end: usize) -> bool {
    let Some(&quote @ (b'"' | b'\'')) = start.checked_sub(1).and_then(|p| line.get(p)) else {
        return false;
    };
    if line.get(end) == Some(&quote) {
        return false;
    }
    line[end..]
        .iter()
        .position(|&b| b == quote || b.is_ascii_whitespace() || b == b'\\')
        .is_some_and(|p| line[end + p] == quote && end + p - start >= 24)
}

/// Does the (lowercased) value contain this stopword? A stopword of punctuation only (`$`, `%`,
/// `*`) marks a reference or a mask when the value starts with it (`$DB_PASS`, `%PASSWORD%`,
/// `****`); inside a random password it is just one of its characters.
fn stopword_in(lower: &str, original: &[u8], word: &str) -> bool {
    if word.bytes().all(|b| b.is_ascii_punctuation()) {
        lower.starts_with(word)
    } else if word.len() <= 4
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && lower.len() == original.len()
    {
        // A short word counts where a word starts (`pass123`, `db_user`, `SuperPass9`), not
        // inside another word of the value (`ParkwayCompass.230`, `Contest9!`).
        lower.match_indices(word).any(|(at, _)| {
            at == 0
                || !original[at - 1].is_ascii_alphabetic()
                || (original[at].is_ascii_uppercase() && original[at - 1].is_ascii_lowercase())
        })
    } else {
        lower.contains(word)
    }
}

/// Is this line base64 once the string or YAML decoration around it is gone (`"MIIE…\n" +`,
/// `  MIIE…`, `'MIIE…',`, pieces joined by literal `\n`)? Blank lines are.
/// Names of a line break that code concatenates to the lines of a key it spells out.
const LINE_BREAK_NAMES: [&[u8]; 7] = [
    b"sLineBreak",
    b"#13#10",
    b"#10",
    b"vbCrLf",
    b"vbLf",
    b"vbNewLine",
    b"Environment.NewLine",
];

/// The line without the line-break names it concatenates (`'MIIE…' + sLineBreak +`).
fn without_line_break_names(line: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !LINE_BREAK_NAMES.iter().any(|n| find(line, n).is_some()) {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut out = line.to_vec();
    for name in LINE_BREAK_NAMES {
        while let Some(at) = find(&out, name) {
            out.drain(at..at + name.len());
        }
    }
    std::borrow::Cow::Owned(out)
}

fn is_body_line(line: &[u8]) -> bool {
    // (A line break the code concatenates, Delphi's `+ sLineBreak` or VB's `& vbCrLf`, goes
    // first; the concatenation signs around it then go as suffixes.)
    let line = without_line_break_names(line);
    line.split(|&b| b == b'\\').all(|piece| {
        let piece = piece
            .strip_prefix(b"n")
            .or_else(|| piece.strip_prefix(b"r"))
            .unwrap_or(piece);
        let mut c = piece.trim_ascii();
        loop {
            let before = c.len();
            c = c
                .strip_prefix(b"\"")
                .or_else(|| c.strip_prefix(b"'"))
                .unwrap_or(c);
            for suffix in [b'"', b'\'', b',', b'+', b';', b')', b'&', b'_'] {
                c = c.strip_suffix(&[suffix]).unwrap_or(c);
            }
            c = c.trim_ascii();
            if c.len() == before {
                break;
            }
        }
        c.iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pem_body_that_code_concatenates_line_by_line() {
        let body = [
            "MIIEpAIBAAKCAQEAwq3kL8v9TzR2pYb7nQx4Hd1sFg5JtQyR6aUe4Wm1Zq8vN3kL",
            "0pW7rT2mXc5BzQ84Hd1sFg5JtQyR6aUeKv8qLm2Rt7xWz4NcYb3HdJ6sUa1eFq9o",
        ];
        let text = format!(
            "  KEY =\n    '-----BEGIN RSA PRIVATE KEY-----' + sLineBreak +\n    '{}' + sLineBreak +\n    '{}' + sLineBreak +\n    '-----END RSA PRIVATE KEY-----';",
            body[0], body[1]
        );
        let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
        let end = lines[1].len() - "' + sLineBreak +".len();
        assert_eq!(
            super::pem_body(&lines, 1, end).as_deref(),
            Some(body.concat().as_bytes())
        );
    }

    #[test]
    fn docsearch_key_in_a_docs_site_config() {
        let js: Vec<&[u8]> = vec![
            b"    algolia: {",
            b"      appId: '4XR0TQF8YD',",
            b"      apiKey: 'd6d4a4b04c3968bb',",
            b"      indexName: 'site_search',",
        ];
        assert!(is_docsearch_key(&js, 2, b"algolia", b"apiKey"));
        // Jekyll's indexer block: `api_key` writes the index.
        let yml: Vec<&[u8]> = vec![b"algolia:", b"  index_name: s", b"  api_key: 6daa36977f49"];
        assert!(!is_docsearch_key(&yml, 2, b"algolia", b"api_key"));
    }

    #[test]
    fn enclosing_keys_of_yaml_json_and_ini() {
        let yaml: Vec<&[u8]> = vec![b"pusher:", b"  app_id: \"1\"", b"  key: 'abc'"];
        assert_eq!(enclosing_keys(&yaml, 2), vec![&b"pusher"[..]]);
        let json: Vec<&[u8]> = vec![
            b"{",
            b"  \"sops\": {",
            b"    \"kms\": [",
            b"      {",
            b"        \"enc\": \"x\"",
        ];
        assert!(in_sops_metadata(&json, 4));
        let yaml2: Vec<&[u8]> = vec![b"sops:", b"  kms:", b"    - arn: a", b"      enc: x"];
        assert!(in_sops_metadata(&yaml2, 3));
        let ini: Vec<&[u8]> = vec![b"[algolia]", b"app_id = X", b"search_key = abc"];
        assert_eq!(enclosing_keys(&ini, 2), vec![&b"algolia"[..]]);
        let flat: Vec<&[u8]> = vec![b"a: 1", b"key: x"];
        assert!(enclosing_keys(&flat, 1).is_empty());
        let js: Vec<&[u8]> = vec![
            b"export const ghost = new GhostContentAPI({",
            b"  url: 'https://blog.example.pt',",
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            b"  key: 'cd1d1b991db17cfab16feae63d',",
        ];
        assert_eq!(enclosing_keys(&js, 2), vec![&b"GhostContentAPI"[..]]);
        let html: Vec<&[u8]> = vec![b"<body>", b"  <mux-player", b"    env-key=\"abc\""];
        assert_eq!(enclosing_keys(&html, 2), vec![&b"mux-player"[..]]);
        // (A Mux Data env key in its player is public; a token secret beside it is not.)
        let det = Detector::builtin().expect("catalog");
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let player = b"<mux-player\n  playback-id=\"OAm5JvIsYW09sKz6xzKjpqdehVghTnDv4qEn5O41RrsL\"\n  env-key=\"maeimo22gjiazhoz23u0he2rk2\"\n></mux-player>\n";
        assert!(det.scan_text(player).expect("scan").is_empty());
        let leaked =
            // keyhook:allow-next-line=generic-secret-assignment (made-up value)
            b"<mux-uploader\n  token-secret=\"maeimo22gjiazhoz23u0he2rk2Xq\"\n></mux-uploader>\n";
        assert_eq!(det.scan_text(leaked).expect("scan").len(), 1);
        // A Matrix server's verify key is public; its signing key is not.
        let verify = b"\"verify_keys\": {\n  \"ed25519:a_nDSC\": {\n    \"key\": \"mbVEKtnCCXC929fWI0mjAE1LLmo4/+Z4f7ZA+8RTYSo\"\n";
        assert!(det.scan_text(verify).expect("scan").is_empty());
        // keyhook:allow-next-line=matrix-synapse-signing-key (made-up value)
        let signing = b"ed25519 a_nDSC mbVEKtnCCXC929fWI0mjAE1LLmo4/+Z4f7ZA+8RTYSo\n";
        assert_eq!(det.scan_text(signing).expect("scan").len(), 1);
    }

    use super::*;

    /// A private key removed in a patch (`-    -----BEGIN …`) is still in the patch file: its
    /// body lines carry the `-` too.
    #[test]
    fn private_key_in_a_patch() {
        let det = Detector::builtin().expect("catalog");
        // keyhook:allow-next-line=private-key (made-up value)
        let body = "MIIEowIBAAKCAQEAxdZJot+DOhFzpdLt2bBLvT0MKJhaoM9gkU8bCj+qfFUmwHde\n5aAnBDkInHz3EYV1zX7Jk2ZX9X7LV2SjLBuHvodnyzFbNJCzQ0tXg9NkxetylvgivoIGu2Va";
        let key = format!("-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----");
        for marker in ["+", "-    "] {
            let patch: String = key.lines().map(|l| format!("{marker}{l}\n")).collect();
            let found = det.scan_text(patch.as_bytes()).expect("scan");
            assert_eq!(found.len(), 1, "{patch}");
        }
        let placeholder = "-    -----BEGIN RSA PRIVATE KEY-----\n-    <your key>\n-    -----END RSA PRIVATE KEY-----\n";
        assert!(det
            .scan_text(placeholder.as_bytes())
            .expect("scan")
            .is_empty());
    }

    /// An error tracker's browser token in a page is public; the same line in server code is
    /// not.
    #[test]
    fn error_tracker_token_in_a_page() {
        let det = Detector::builtin().expect("catalog");
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let page = "<script>\n  var _rollbarConfig = {\n    accessToken: \"1a9902065ec0688b5e7010b7045f8d62\",\n  };\n</script>\n";
        let lines: Vec<&[u8]> = page.lines().map(str::as_bytes).collect();
        let added: Vec<usize> = (0..lines.len()).collect();
        for (path, found) in [
            ("app/views/layouts/application.html.erb", 0),
            ("lib/report.rb", 1),
        ] {
            let mut out = Vec::new();
            det.scan_file(path, page.as_bytes(), &lines, &added, &mut out)
                .expect("scan");
            assert_eq!(out.len(), found, "{path}");
        }
    }

    /// A rule with line keywords and `file_keywords` runs only on its keywords' lines of a text
    /// that holds the file words.
    #[test]
    fn file_keywords_gate_a_keyed_rule() {
        let catalog = r#"
[[rules]]
id = "acme-gated"
description = "test"
keywords = ["acme_"]
file_keywords = ["ACME-CONFIG"]
regex = '\b(acme_[a-z0-9]{24})\b'
"#;
        let specs = crate::rules::parse_catalog("test.toml", catalog).expect("catalog");
        let det = Detector::new(specs, &[]).expect("detector");
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let line = "token = acme_q8z3m1x7v4k9w2r6t5p0h3k8\n";
        assert!(det.scan_text(line.as_bytes()).expect("scan").is_empty());
        let marked = format!("# ACME-CONFIG\n{line}");
        assert_eq!(det.scan_text(marked.as_bytes()).expect("scan").len(), 1);
    }

    /// A diff of a SealedSecret whose hunk starts below `kind:`: the `encryptedData:` block says
    /// its values are ciphertext.
    #[test]
    fn sealed_secret_diff_is_ciphertext() {
        let det = Detector::builtin().expect("catalog");
        let value =
            "Ag".to_string() + &"vVBreVkXY7J6wTowL9gdyuIQ2nH7KO0rXllfxXRjMr14PZWfsOzk0".repeat(3);
        let diff = format!(
            "@@ -5,8 +5,8 @@\n   namespace: prod\n spec:\n   encryptedData:\n-    STRIPE_SECRET_KEY: {value}\n"
        );
        assert!(det.scan_text(diff.as_bytes()).expect("scan").is_empty());
        let plain = format!("config:\n-    STRIPE_SECRET_KEY: {value}\n");
        assert!(!det.scan_text(plain.as_bytes()).expect("scan").is_empty());
    }

    /// A rule gated on words of the whole file (`file_keywords`) sees them although the line
    /// that holds them is not among the scanned (added) lines, and runs on lines that carry no
    /// keyword; without the words in the file it does not run.
    #[test]
    fn file_keywords_gate_on_the_whole_text() {
        let det = Detector::builtin().expect("catalog");
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let secret = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: UXo4dk4za0wwcFc3clQybQ==\n";
        let config = secret.replace("kind: Secret", "kind: ConfigMap");
        let rule = |out: &[Candidate]| {
            out.iter()
                .filter(|c| det.rule(c.rule).spec.id == "kubernetes-secret-data")
                .count()
        };
        for (text, found) in [(secret, 1), (config.as_str(), 0)] {
            let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
            // Only the data line is added; `kind: Secret` is context.
            let mut out = Vec::new();
            det.scan_file("db.yaml", text.as_bytes(), &lines, &[5], &mut out)
                .expect("scan");
            assert_eq!(rule(&out), found, "{text}");
            // Without the text, the gate reads the lines.
            let mut out = Vec::new();
            det.scan(&lines, &[5], &mut out).expect("scan");
            assert_eq!(rule(&out), found, "{text}");
        }
    }

    /// A Google key in Heroku's app.json is the server's; in Expo's app.json the app ships it.
    #[test]
    fn heroku_app_json_is_no_client_app() {
        let det = Detector::builtin().expect("catalog");
        // keyhook:allow-next-line=google-api-key (made-up value)
        let heroku = "{\n  \"env\": {\n    \"GOOGLE_API_KEY\": \"AIzaAnigB-XdYrbKFocHvHWr7XNNj268ih6Ti1I\"\n  },\n  \"buildpacks\": [{ \"url\": \"heroku/nodejs\" }]\n}\n";
        // keyhook:allow-next-line=google-api-key (made-up value)
        let expo = "{\n  \"expo\": {\n    \"android\": { \"config\": { \"googleMaps\": { \"apiKey\": \"AIzaAnigB-XdYrbKFocHvHWr7XNNj268ih6Ti1I\" } } }\n  }\n}\n";
        for (text, found) in [(heroku, 1), (expo, 0)] {
            let lines: Vec<&[u8]> = text.lines().map(str::as_bytes).collect();
            let added: Vec<usize> = (0..lines.len()).collect();
            let mut out = Vec::new();
            det.scan_file("app.json", text.as_bytes(), &lines, &added, &mut out)
                .expect("scan");
            assert_eq!(out.len(), found, "{text}");
        }
    }

    /// A provider key kept in base64 on a line that decodes it is found, and the finding covers
    /// the literal; so is one whose base64 starts as a common key prefix's does; harmless base64
    /// is not.
    #[test]
    fn base64_literals_that_code_decodes_are_scanned_decoded() {
        let det = Detector::builtin().expect("catalog");
        let line = b"const slackBotToken = Buffer.from(\"eG94Yi00MDAxNzM0Mjk2NTQwLTE2NDUxNDE0NDY5MDUtdmhiR2VSRXo1VVpNMlM0TU0xZURSSlV5\", \"base64\").toString(\"utf8\");";
        let found = det.scan_text(line).expect("scan");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(det.rule(found[0].rule).spec.id, "slack-bot-token");
        assert_eq!(
            &line[found[0].start..found[0].end],
            // keyhook:allow-next-line (made-up test value)
            b"eG94Yi00MDAxNzM0Mjk2NTQwLTE2NDUxNDE0NDY5MDUtdmhiR2VSRXo1VVpNMlM0TU0xZURSSlV5"
        );
        let harmless =
            b"const payload = JSON.parse(atob(\"eyJuYW1lIjoid2lkZ2V0Iiwic2l6ZSI6MTJ9\"));";
        assert!(det.scan_text(harmless).expect("scan").is_empty());
        // Base64 that starts as a common key's prefix does (`eG94` is `xox`) is decoded where
        // nothing on the line decodes it: the token is one `base64 -d` away.
        let undecoded = b"const fixture = \"eG94Yi00MDAxNzM0Mjk2NTQwLTE2NDUxNDE0NDY5MDUtdmhiR2VSRXo1VVpNMlM0TU0xZURSSlV5\";";
        assert_eq!(det.scan_text(undecoded).expect("scan").len(), 1);
        // Other base64 on such a line is not (`eyJ…`, JSON, decodes to no key).
        let plain = b"const fixture = \"eyJuYW1lIjoid2lkZ2V0Iiwic2l6ZSI6MTJ9\";";
        assert!(det.scan_text(plain).expect("scan").is_empty());
    }

    /// A PEM marker in code that builds a key (`'-----BEGIN …-----\n' + b64(der) + '\n-----END`)
    /// has no body: the code on the lines up to the END marker is not base64.
    #[test]
    fn pem_markers_in_code_that_builds_keys_are_not_keys() {
        let det = Detector::builtin().expect("catalog");
        let code = b"def pem(kind):\n    if kind == 'rsa': return '-----BEGIN RSA PRIVATE KEY-----\\n' + wrap(b64e(rsa_der(2048))) + '\\n-----END RSA PRIVATE KEY-----'\n    if kind == 'pkcs8': return '-----BEGIN PRIVATE KEY-----\\n' + wrap(b64e(pkcs8_wrap(rsa_der(2048)))) + '\\n-----END PRIVATE KEY-----'\n    if kind == 'ec': return '-----BEGIN EC PRIVATE KEY-----\\n' + wrap(b64e(ec_sec1_der())) + '\\n-----END EC PRIVATE KEY-----'\n";
        let found = det.scan_text(code).expect("scan");
        assert!(found.is_empty(), "{found:?}");
    }

    /// A Bitnami `SealedSecret`'s values are ciphertext for the cluster's key whatever their
    /// prefix; the same value under a secret name elsewhere is reported.
    #[test]
    fn sealed_secret_values_are_ciphertext() {
        let det = Detector::builtin().expect("catalog");
        let value = "AgpgrcO7n8aUDm+8H7CNH8GbtCPXcdRJEfjQEMAAmtuVFWUoGVoXWTEmAu41FRKhyGpmgGtIZ61nPahXvbxWh2DC7fOCda7wATnF1xkPH3ssLWA7De8lxLdLmquuUuujS+fopxaKEye91IYKc8QebCA6ddKHBD8q2pCQ9M2Vt6+TB7XlkjoVuj5ovWMlfDOSznBW/+tXC37i7ggthGcuo/4h5auWwXygKaM7ZO2soyw0bNY5rqrSFVlufSQKNVX15qKDmRR4VxwXBXxc1QbRDiiXPdjEtTus8IkaHm/ALPPjtE6vxKaMJetlrRC1tG970hQw/RlRC6zAMM3pkimwNvdc/yV9cLEUYWa/oDUCqOd+5JJ9Aw+432WFEXIBvWMfPISffqJT5KW/PM8CECZ";
        let sealed = format!(
            "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    DB_PASSWORD: {value}\n"
        );
        assert!(det.scan_text(sealed.as_bytes()).expect("scan").is_empty());
        let plain = format!("---\nkind: SealedSecret\n---\nconfig:\n  DB_PASSWORD: {value}\n");
        assert_eq!(det.scan_text(plain.as_bytes()).expect("scan").len(), 1);
    }

    /// A value whose name is on a line above it (an `env` list, a Postman pair) is found at
    /// its place in the real line; one whose name says nothing about secrets is not.
    #[test]
    fn finds_a_value_named_on_the_line_above() {
        let det = Detector::builtin().expect("catalog");
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let text = b"env:\n  - name: LOG_LEVEL\n    value: vQ8zK2mN4pL7xR1t\n  - name: DB_PASSWORD\n    value: \"vQ8zK2mN4pL7xR1t\"\n";
        let found = det.scan_text(text).expect("scan");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].line, 4);
        let line = text.split(|&b| b == b'\n').nth(4).expect("line");
        assert_eq!(&line[found[0].start..found[0].end], b"vQ8zK2mN4pL7xR1t");
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let postman = b"{\n  \"key\": \"password\",\n  \"value\": \"Welcome71.Quentin\",\n  \"type\": \"string\"\n}\n";
        let found = det.scan_text(postman).expect("scan");
        assert_eq!(found.iter().map(|c| c.line).collect::<Vec<_>>(), [2]);
    }

    /// A `cache key:` in a CI log is where a cache lives; an `API key:` is a key.
    #[test]
    fn a_lookup_key_is_not_a_credential() {
        let det = Detector::builtin().expect("catalog");
        let cache = b"Restoring cache key: npm-linux-94ed23863a1af3e6b484c172773be21ba51bcc95b651a77967e30019aa38361f\n";
        assert!(det.scan_text(cache).expect("scan").is_empty());
        // keyhook:allow-next-line=generic-secret-assignment (made-up value)
        let api = b"API key: 8f3kL29dkQp0zXv7TnB4wRm6YcJh2s\n";
        assert_eq!(det.scan_text(api).expect("scan").len(), 1);
    }

    /// A lockfile integrity value whose base64 spells a self-naming word without a cut: the
    /// randomness test once called itself on it until the stack overflowed (the scan aborted).
    #[test]
    fn a_self_naming_value_does_not_recurse_forever() {
        let det = Detector::builtin().expect("catalog");
        let line = b"    \"integrity\": \"sha512-KyAFoAT5QZVt3pw9soagrph60gTJgwjnSjO6LnuvnfzS0WS2cnox5a0haBgwHxjYyLFuRmOA0xvbIh7ABsenhA==\",\n";
        assert!(det.scan_text(line).expect("scan").is_empty());
    }

    /// `explain` reports the same findings as `scan` and says which filter dropped the rest.
    #[test]
    fn explain_names_the_filter_that_dropped_a_match() {
        let det = Detector::builtin().expect("catalog");
        let text = b"api_key = \"YOUR_API_KEY_HERE\"\napi_key_id = \"Qm9vdHN0cmFwSWQxMjM0NTY3\"\n";
        let (found, dropped) = det.explain(text).expect("explain");
        assert!(found.is_empty());
        let why: Vec<DropReason> = dropped.iter().map(|d| d.why).collect();
        assert!(why.contains(&DropReason::Placeholder), "{why:?}");
        assert!(why.contains(&DropReason::NameNotSecret), "{why:?}");
        let scanned = det.scan_text(text).expect("scan");
        assert_eq!(scanned.len(), found.len());
    }

    /// A value named on the line above it (`pair`): Kubernetes env lists, JSON name/value
    /// objects, CloudFormation parameters; not under a name that holds no secret, and not a
    /// reference.
    #[test]
    fn values_named_on_the_line_above_are_found() {
        let det = Detector::builtin().expect("catalog");
        for text in [
            &b"env:\n  - name: DB_PASSWORD\n    value: \"sbSzxMO2BStDRFmVkjIkRrRD\"\n"[..],
            b"{\n  \"name\": \"API_TOKEN\",\n  \"value\": \"R1ZYmnoWJZdCF3FyUaeI6ZY0VEM0Zf7u\"\n},\n",
            b"Parameters:\n  - ParameterKey: DbPassword\n    ParameterValue: LEOeiFsVQiqVF6jmz1KboNYq\n",
        ] {
            let found = det.scan_text(text).expect("scan");
            assert_eq!(found.len(), 1, "{}", String::from_utf8_lossy(text));
        }
        for text in [
            &b"env:\n  - name: LOG_LEVEL\n    value: \"sbSzxMO2BStDRFmVkjIkRrRD\"\n"[..],
            b"env:\n  - name: DB_PASSWORD\n    value: \"${DB_PASSWORD}\"\n",
            b"env:\n  - name: API_TOKEN_ID\n    value: \"1yf0qPRe2JSyGlrpfYaRgaQG06RRprWX\"\n",
            b"    - key: ALGOLIA_SEARCH_ONLY_API_KEY\n      value: d01277c895499c7737c41e95e9e30b3c\n",
            // A `secretKeyRef`'s `key` names an entry of a Secret.
            b"    valueFrom:\n      secretKeyRef:\n        name: livekit-keys\n        key: APIng0Qg1lI1l3g\n",
            // Renovate's `encrypted` block: ciphertext for the bot's public key.
            // keyhook:allow-next-line=generic-secret-assignment (made-up ciphertext)
            b"{\n  encrypted: {\n    npmToken: \"wcFMA/xDdHCJBTolAQ//Y9k2zX4q8vN3mR7tL0pW5sB1cE6hJ2gK9fD4aU8yZ3xV\",\n  },\n}\n",
            // A mapping in a list under a name that ends in `Keys`.
            b"      StageKeys:\n        - RestApiId: !Ref RestApi\n",
        ] {
            let found = det.scan_text(text).expect("scan");
            assert!(found.is_empty(), "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn a_cyrillic_key_word_inside_a_longer_word_names_no_key() {
        let det = Detector::builtin().expect("catalog");
        // `подключения` ("connection") holds `ключ` ("key"); the value is a connection string
        // whose password is a placeholder.
        let text = "строка_подключения = Srvr=srv1c;Ref=erp;Usr=robot;Pwd=ВСТАВЬТЕ_ТОКЕН_СЮДА;\n";
        assert!(det.scan_text(text.as_bytes()).expect("scan").is_empty());
        // The word itself, inflected (`значение_ключа`, "the key's value"), is still a key.
        // keyhook:allow-next-line=generic-secret-assignment-i18n (made-up key)
        let text = "значение_ключа = \"Hq2xLp9Zk3mW7vRt\"\n";
        assert_eq!(det.scan_text(text.as_bytes()).expect("scan").len(), 1);
    }

    #[test]
    fn a_typed_password_that_starts_like_a_provider_prefix_is_still_a_password() {
        let det = Detector::builtin().expect("catalog");
        // `Peli_` opens Pelican panel keys, whose alphabet has no `!`: a typed password.
        // keyhook:allow-next-line=generic-secret-assignment (made-up password)
        let text = "DB_PASSWORD=Peli_yiw1rm60!\n";
        assert_eq!(det.scan_text(text.as_bytes()).expect("scan").len(), 1);
        // A provider's webhook secret is what its user chose, not a near miss of its key.
        // keyhook:allow-next-line=generic-secret-assignment (made-up secret)
        let text = "RAZORPAY_WEBHOOK_SECRET = \"3JOmlbvH5Z92MJne61aqYKAy7\"\n";
        assert_eq!(det.scan_text(text.as_bytes()).expect("scan").len(), 1);
    }

    /// Keys that providers make for browsers and apps are not reported by any rule: a Firebase
    /// config's `AIza…` (the provider rule's `public_context`, and the generic rule that sees
    /// the same value under `apiKey`), Supabase's anon JWT, PostHog's `phc_`. The same
    /// format elsewhere is a key (Gemini).
    #[test]
    fn keys_made_for_clients_are_not_secrets() {
        let det = Detector::builtin().expect("catalog");
        for text in [
            &b"const firebaseConfig = {\n  apiKey: \"AIzaSyeoFvI9rLuvYI5z5JeF0LKQ8uszcN_ykLm\",\n};\n"[..],
            b"NEXT_PUBLIC_FIREBASE_API_KEY: AIzaSyb1V-BZNf2Qh5ExfeHvjuJgWcceJnK1Sd3\n",
            b"  \"api_key\": [\n    {\n      \"current_key\": \"AIzaSyncEtdM6gXSwh0D2yjF9oZ7ZE3K1nLfhXn\"\n",
            b"SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIn0.Kq3vTn8LzR5wKp2mYc7BdF4hJ9sQ1xW6\n",
            b"POSTHOG_PROJECT_API_KEY: phc_aR4Ipwyd1yGKEZ34Hx3lxN92YZB3nanjuVcNrwixsTA\n",
            b"DD_CLIENT_TOKEN: pub0081a6c3cdd0ee46ccfaa8d8583a5b10\n",
            b"AMPLITUDE_API_KEY: 113e9a7013841e68f158d06b766d2003\n",
        ] {
            let found = det.scan_text(text).expect("scan");
            assert!(found.is_empty(), "{}", String::from_utf8_lossy(text));
        }
        let gemini = b"llm = Gemini(apiKey: \"AIzaSyrViaxhVPCgOueVdFmHTBW1t3y3FvspwaU\")\n"; // keyhook:allow
        assert_eq!(det.scan_text(gemini).expect("scan").len(), 1);
    }

    /// A provider named on the line whose rules define no value format cannot judge a value:
    /// the secret-named random literal stays a generic finding.
    #[test]
    fn a_named_platform_without_a_key_format_does_not_hide_a_secret() {
        let det = Detector::builtin().expect("catalog");
        let text = b"heroku config:set API_SECRET=ktFm02DFk68Pnf8qnL8nQ8xZ3zMKMd9H\n"; // keyhook:allow=generic-secret-assignment
        let found = det.scan_text(text).expect("scan");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(det.rule(found[0].rule).spec.id, "generic-secret-assignment");
    }

    #[test]
    fn names_in_a_group_of_alternatives_are_no_token_prefixes() {
        // `(?:azure|aad|msal)[\w.-]{0,20}client…`: names; `(?:akia|abia)[a-z0-9]{16}`: prefixes.
        assert!(names_in_alternation("|arm|entra|msal)[\\w.-]{0,20}client"));
        assert!(names_in_alternation(")[\\w. -]{0,30}?(?i:(?:key|token))"));
        assert!(!names_in_alternation("|abia|acca)[a-z0-9]{16})\\b"));
        assert!(!names_in_alternation("[a-z0-9]{16}"));
    }

    #[test]
    fn short_stopwords_count_where_a_word_starts() {
        let at = |v: &str, w| stopword_in(&v.to_ascii_lowercase(), v.as_bytes(), w);
        assert!(at("pass123", "pass"));
        assert!(at("db_user_x", "user"));
        assert!(at("SuperPass9", "pass"));
        assert!(!at("ParkwayCompass.230", "pass"));
        assert!(!at("Contest9!", "test"));
        // Longer stopwords still count anywhere (`supersecret`).
        assert!(at("supersecret", "secret"));
    }
}
