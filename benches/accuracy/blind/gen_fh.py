#!/usr/bin/env python3
"""Blind evaluation-set generator "fh": blockchain node operators, validators, RPC infrastructure.

EMPHASIS
    Domain: people who run blockchain nodes, validators and RPC infrastructure, and the repos
    where they keep their deploy files, runbooks and small bots.
    Providers / kinds of credential (positives):
      * hosted RPC: Alchemy (key in URL path / SDK arg), Infura (API key + API key secret,
        IPFS basic auth), QuickNode (token in endpoint path), Chainstack (key in path, basic
        auth password, platform API key), Ankr (premium key in path), GetBlock (access token
        in path), Blockdaemon (X-API-Key / Bearer / ?apiKey=), Etherscan (verify API key)
      * Ethereum validators: Engine-API JWT secret (jwt.hex), Lighthouse
        validator_definitions.yml voting_keystore_password, Prysm wallet password, Teku
        password files, Web3Signer key configs (file-raw BLS key, aws/azure/hashicorp
        credentials, slashing-DB password), Lido oracle member key, SSV operator private key,
        Obol charon ENR key, Flashbots/MEV auth signing key, builder BLS secret key
      * hot wallets: secp256k1 private keys (hex, with or without 0x), BIP-39 mnemonics
        (valid checksum), Solana keypairs (JSON byte array and base58)
      * Cosmos/CometBFT: priv_validator_key.json, node_key.json, tmkms yubihsm password,
        keyring passphrase, relayer mnemonics
      * Bitcoin / Lightning: bitcoin.conf rpcpassword, RPC URL passwords, LND macaroons
        (hex, structurally valid v2 macaroons), LND wallet password / aezeed, Core Lightning
        runes, BTCPay/LNbits keys
      * monitoring & alerting: Grafana service-account tokens (glsa_), Grafana Cloud tokens
        (glc_), Grafana admin password, Tenderduty (Telegram bot token, Discord webhook,
        PagerDuty routing key), Alertmanager (Telegram, Slack webhook)
      * cloud/KMS around signers: AWS access key pair, GCP service-account JSON key,
        Azure client secret, Vault tokens (hvs.), Postgres DSN passwords
    File types: TOML, YAML (compose, k8s, helm values, ansible), JSON, .env (rare), systemd
    units, shell, Python, TypeScript/JavaScript, Go, Rust, Markdown runbooks, logs, conf/ini,
    Terraform, Dockerfile, plain key files (jwt.hex, password .txt).

USAGE
    python3 gen_fh.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Deterministic per SEED: every random choice comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, on one line; "line" is the
      1-based line of its first occurrence (the generator asserts both).
    * RPC URLs with the token in the path (Alchemy, Infura, QuickNode, Chainstack, Ankr,
      GetBlock): the needle is the token path segment only, not the whole URL.
    * URLs with user:password@host (Chainstack basic auth, bitcoind RPC, Postgres DSN):
      the needle is the password only.
    * Webhook URLs whose secret is part of the path (Discord, Slack): the whole URL.
    * Headers (X-API-Key, Authorization: Bearer, Grpc-Metadata-macaroon, Rune): the header
      value without the scheme word ("Bearer ").
    * Key pairs (AWS key id + secret, Infura key + key secret, Chainstack platform key): the
      secret half; the public half is also present in the file.
    * Infura IPFS "Authorization: Basic ...": the base64 blob.
    * Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" marker line (that is
      where a finding starts); single-line PEM with \\n escapes (GCP JSON): the whole quoted
      value as written, escapes included.
    * Solana keypair files: the whole JSON byte array "[n,n,...]" (one line, as solana-keygen
      writes it). Base58 secret keys: the base58 string.
    * Mnemonics (BIP-39, aezeed): the whole phrase, words separated by single spaces.
    * Cosmos key files: the base64 "value" of priv_key. SSV operator key: the whole base64
      blob. LND macaroon: the hex string. CLN rune: the rune string.
    * Files whose whole content is the secret (jwt.hex, Teku password .txt): the content line.

NEGATIVES
    500 files with no credential. Half (250) re-render the positive templates with the secret
    slot holding something else: placeholders (<your-api-key>, YOUR_API_KEY, changeme,
    xxxx...), empty values, masked values (****, [REDACTED]), ${VAR}/env/secret-manager
    references (vault:, op://, /run/secrets paths, {{ .Values.x }}, {{ env "X" }}), and the
    providers' documented example values (Alchemy "demo" key, the ethers.js shared Ankr key,
    Chainstack docs key, Hardhat/Anvil dev keys and "test ... junk" mnemonic, the
    "abandon ... about" test vector, Lighthouse book example password, CometBFT docs example
    keys, Core Lightning docs rune, AWS EXAMPLE keys, Web3Signer docs Azure secret).
    The other half (250) are domain look-alikes: validator BLS pubkeys (0x+96 hex), BLS
    signatures (0x+192 hex), deposit_data.json, withdrawal credentials, EIP-55 addresses,
    tx/block hashes, state roots, keccak role ids and event topics, ENRs, enodes, libp2p peer
    ids, CometBFT node ids and persistent_peers, validator addresses, consensus pubkeys,
    priv_validator_state.json signatures, bitcoin.conf rpcauth salted hashes, xpubs and
    descriptors, Lightning node pubkeys / channel points / invoices, Solana pubkeys and
    transaction signatures, chain ids, container digests, go.sum/Cargo.lock checksums,
    Grafana dashboard uids, UUIDs, SSV operator public keys, mev-boost relay URLs
    (pubkey@host), WalletConnect project ids and other public client ids.
    No negative is written to a file named .env / .env.<anything> except .env.example,
    .env.sample and .env.template.

FORMATS CHECKED (with the search tool, provider documentation first)
    * Infura (MetaMask docs): https://mainnet.infura.io/v3/<API-KEY>; API key secret sent as
      basic-auth password (curl --user :<SECRET>); IPFS uses Basic base64(KEY:SECRET).
    * Chainstack docs: https://nd-123-456-789.p2pify.com/<32 hex> and
      https://user-name:pass-word-pass-word-pass-word@nd-...; platform API key shown as
      "FX7CWlLg.FMpAO8cgCX2N7s41EncRru2nb5CmTZUt" (8 chars "." 32 chars); newer
      https://<network>.core.chainstack.com/<KEY>.
    * Ankr docs: https://rpc.ankr.com/<chain>/<API_KEY>; ethers.js ships a shared 64-hex key.
    * GetBlock docs: https://go.getblock.io/<ACCESS_TOKEN>/ (token in path, not headers);
      legacy x-api-key header / ?api_key=.
    * Blockdaemon docs: svc.blockdaemon.com, X-API-Key header, Authorization: Bearer,
      ?apiKey= query.
    * Alchemy docs: https://<network>.g.alchemy.com/v2/<API-KEY>.
    * Grafana: service account tokens start glsa_ (operator docs example decodes to
      glsa_<32 alnum>_<8 hex>); Cloud Access Policy tokens used as Bearer / basic password.
    * Lighthouse book: validator_definitions.yml with voting_keystore_password (example
      password myStrongpa55word123&$ used only as a negative) or voting_keystore_password_path.
    * Web3Signer docs: YAML key configuration files, eth2 bulk-load Azure flags (docs example
      secret used as negative), slashing-protection-db-password flag.
    * CometBFT docs: priv_validator_key.json / node_key.json layout (tendermint/PrivKeyEd25519,
      base64 of 64 bytes; address = 20-byte uppercase hex); docs examples used as negatives.
    * Bitcoin Core: rpcauth=USER:SALT$HASH (HMAC-SHA256), rpcuser/rpcpassword.
    * LND: macaroons exported as hex for REST Grpc-Metadata-macaroon header.
    * Core Lightning: runes are base64url strings; docs example
      "OSqc7ixY6F-gjcigBfxtzKUI54uzgFSA6YfBQoWGDV89MA==" (32-byte HMAC + "=0") used as negative.
    * Hardhat docs: Account #0/#1 private keys and "test test ... junk" mnemonic (negatives).
    * Vault: service tokens hvs., batch tokens hvb.
    * BIP-39 English word list taken from the "mnemonic" PyPI package (sha256 2f5eed53...).

DOUBTS
    * Alchemy key alphabet/length (32 chars of [A-Za-z0-9_-]) is from memory, not docs.
    * QuickNode token (40 hex) and endpoint host naming (<words>.<network>.quiknode.pro) are
      from memory; GetBlock token length (32 hex) and Blockdaemon key shape (no documented
      prefix; generated as 40-60 base62 chars) are guesses.
    * Etherscan key shape (34 uppercase alnum), Telegram bot token, Discord/Slack webhook
      shapes, PagerDuty routing key (32 hex) are from memory.
    * glsa_ checksum suffix is generated as crc32 of the random part (format seen, algorithm
      not confirmed); glc_ tokens are generated as glc_ + base64(JSON {o,n,k,m}) from memory.
    * Vault hvs. tokens are generated as "hvs.CAES" + base64url (~90 chars), from memory.
    * SSV OperatorPrivateKey as base64 of an RSA PEM, and Obol charon ENR key as 64 hex in a
      file, are from memory. Azure client secrets use the "xxx8Q~" shape from memory.
    * RSA/PKCS#8 DER bodies and Ed25519/secp256k1 public keys are random bytes with the right
      framing and lengths, not mathematically derived from the private half.
    * Some "documented as public" values (WalletConnect project id, Grafana uid) are judged
      non-secret by convention; a strict reviewer could disagree.
"""
import base64
import hashlib
import json
import os
import re
import string
import sys
import zlib

import random

# --------------------------------------------------------------------------------------------
# small encoders
# --------------------------------------------------------------------------------------------
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
URLSAFE = ALNUM + "-_"
B64CH = ALNUM + "+/"


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rhex(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def rstr(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=True):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def b58(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, m = divmod(n, 58)
        out = B58[m] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58(payload + chk)


# Keccak-256 (pre-NIST padding, as used by Ethereum) -------------------------------------------
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
        [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ (((C[(x + 1) % 5] << 1) | (C[(x + 1) % 5] >> 63)) & _M64)
             for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                rot, v = _ROT[x][y], A[x][y]
                B[y][(2 * x + 3 * y) % 5] = (((v << rot) | (v >> (64 - rot))) & _M64) if rot else v
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data):
    rate = 136
    p = bytearray(data) + b"\x01"
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        blk = p[off:off + rate]
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(addr20):
    h = addr20.hex()
    d = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(d[i], 16) >= 8 else c
                          for i, c in enumerate(h))


# Bech32 ---------------------------------------------------------------------------------------
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(vals):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    c = 1
    for v in vals:
        b = c >> 25
        c = ((c & 0x1ffffff) << 5) ^ v
        for i in range(5):
            c ^= gen[i] if (b >> i) & 1 else 0
    return c


def _bits(data, frm, to):
    acc = bits = 0
    out = []
    for v in data:
        acc = (acc << frm) | v
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & ((1 << to) - 1))
    if bits:
        out.append((acc << (to - bits)) & ((1 << to) - 1))
    return out


def bech32(hrp, data5, const=1):
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data5 + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data5 + chk)


def bech32_addr(r, hrp, n=20):
    return bech32(hrp, _bits(rbytes(r, n), 8, 5))


def btc_segwit(r):
    return bech32("bc", [0] + _bits(rbytes(r, 20), 8, 5))


# BIP-39 ---------------------------------------------------------------------------------------
_BIP39 = """
abandon ability able about above absent absorb abstract absurd abuse access accident account
accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict
address adjust admit adult advance advice aerobic affair afford afraid again age agent agree
ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha
already also alter always amateur amazing among amount amused analyst anchor ancient anger angle
angry animal ankle announce annual another answer antenna antique anxiety any apart apology
appear apple approve april arch arctic area arena argue arm armed armor army around arrange
arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma
athlete atom attack attend attitude attract auction audit august aunt author auto autumn average
avocado avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance
balcony ball bamboo banana banner bar barely bargain barrel base basic basket battle beach bean
beauty because become beef before begin behave behind believe below belt bench benefit best
betray better between beyond bicycle bid bike bind biology bird birth bitter black blade blame
blanket blast bleak bless blind blood blossom blouse blue blur blush board boat body boil bomb
bone bonus book boost border boring borrow boss bottom bounce box boy bracket brain brand brass
brave bread breeze brick bridge brief bright bring brisk broccoli broken bronze broom brother
brown brush bubble buddy budget buffalo build bulb bulk bullet bundle bunker burden burger burst
bus business busy butter buyer buzz cabbage cabin cable cactus cage cake call calm camera camp
can canal cancel candy cannon canoe canvas canyon capable capital captain car carbon card cargo
carpet carry cart case cash casino castle casual cat catalog catch category cattle caught cause
caution cave ceiling celery cement census century cereal certain chair chalk champion change
chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child chimney
choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap
clarify claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth
cloud clown club clump cluster clutch coach coast coconut code coffee coil coin collect color
column combine come comfort comic common company concert conduct confirm congress connect
consider control convince cook cool copper copy coral core corn correct cost cotton couch
country couple course cousin cover coyote crack cradle craft cram crane crash crater crawl crazy
cream credit creek crew cricket crime crisp critic crop cross crouch crowd crucial cruel cruise
crumble crunch crush cry crystal cube culture cup cupboard curious current curtain curve cushion
custom cute cycle dad damage damp dance danger daring dash daughter dawn day deal debate debris
decade december decide decline decorate decrease deer defense define defy degree delay deliver
demand demise denial dentist deny depart depend deposit depth deputy derive describe desert
design desk despair destroy detail detect develop device devote diagram dial diamond diary dice
diesel diet differ digital dignity dilemma dinner dinosaur direct dirt disagree discover disease
dish dismiss disorder display distance divert divide divorce dizzy doctor document dog doll
dolphin domain donate donkey donor door dose double dove draft dragon drama drastic draw dream
dress drift drill drink drip drive drop drum dry duck dumb dune during dust dutch duty dwarf
dynamic eager eagle early earn earth easily east easy echo ecology economy edge edit educate
effort egg eight either elbow elder electric elegant element elephant elevator elite else embark
embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy energy
enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry
envelope episode equal equip era erase erode erosion error erupt escape essay essence estate
eternal ethics evidence evil evoke evolve exact example excess exchange excite exclude excuse
execute exercise exhaust exhibit exile exist exit exotic expand expect expire explain expose
express extend extra eye eyebrow fabric face faculty fade faint faith fall false fame family
famous fan fancy fantasy farm fashion fat fatal father fatigue fault favorite feature february
federal fee feed feel female fence festival fetch fever few fiber fiction field figure file film
filter final find fine finger finish fire firm first fiscal fish fit fitness fix flag flame
flash flat flavor flee flight flip float flock floor flower fluid flush fly foam focus fog foil
fold follow food foot force forest forget fork fortune forum forward fossil foster found fox
fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel fun funny
furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic garment gas
gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle
ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue
goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape
grass gravity great green grid grief grit grocery group grow grunt guard guess guide guilt
guitar gun gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk
hazard head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint
hip hire history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse
hospital host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt
husband hybrid ice icon idea identify idle ignore ill illegal illness image imitate immense
immune impact impose improve impulse inch include income increase index indicate indoor industry
infant inflict inform inhale inherit initial inject injury inmate inner innocent input inquiry
insane insect inside inspire install intact interest into invest invite involve iron island
isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel job join joke journey
joy judge juice jump jungle junior junk just kangaroo keen keep ketchup key kick kid kidney kind
kingdom kiss kit kitchen kite kitten kiwi knee knife knock know lab label labor ladder lady lake
lamp language laptop large later latin laugh laundry lava law lawn lawsuit layer lazy leader
leaf learn leave lecture left leg legal legend leisure lemon lend length lens leopard lesson
letter level liar liberty library license life lift light like limb limit link lion liquid list
little live lizard load loan lobster local lock logic lonely long loop lottery loud lounge love
loyal lucky luggage lumber lunar lunch luxury lyrics machine mad magic magnet maid mail main
major make mammal man manage mandate mango mansion manual maple marble march margin marine
market marriage mask mass master match material math matrix matter maximum maze meadow mean
measure meat mechanic medal media melody melt member memory mention menu mercy merge merit merry
mesh message metal method middle midnight milk million mimic mind minimum minor minute miracle
mirror misery miss mistake mix mixed mixture mobile model modify mom moment monitor monkey
monster month moon moral more morning mosquito mother motion motor mountain mouse move movie
much muffin mule multiply muscle museum mushroom music must mutual myself mystery myth naive
name napkin narrow nasty nation nature near neck need negative neglect neither nephew nerve nest
net network neutral never news next nice night noble noise nominee noodle normal north nose
notable note nothing notice novel now nuclear number nurse nut oak obey object oblige obscure
observe obtain obvious occur ocean october odor off offer office often oil okay old olive
olympic omit once one onion online only open opera opinion oppose option orange orbit orchard
order ordinary organ orient original orphan ostrich other outdoor outer output outside oval oven
over own owner oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther
paper parade parent park parrot party pass patch path patient patrol pattern pause pave payment
peace peanut pear peasant pelican pen penalty pencil people pepper perfect permit person pet
phone photo phrase physical piano picnic picture piece pig pigeon pill pilot pink pioneer pipe
pistol pitch pizza place planet plastic plate play please pledge pluck plug plunge poem poet
point polar pole police pond pony pool popular portion position possible post potato pottery
poverty powder power practice praise predict prefer prepare present pretty prevent price pride
primary print priority prison private prize problem process produce profit program project
promote proof property prosper protect proud provide public pudding pull pulp pulse pumpkin
punch pupil puppy purchase purity purpose purse push put puzzle pyramid quality quantum quarter
question quick quit quiz quote rabbit raccoon race rack radar radio rail rain raise rally ramp
ranch random range rapid rare rate rather raven raw razor ready real reason rebel rebuild recall
receive recipe record recycle reduce reflect reform refuse region regret regular reject relax
release relief rely remain remember remind remove render renew rent reopen repair repeat replace
report require rescue resemble resist resource response result retire retreat return reunion
reveal review reward rhythm rib ribbon rice rich ride ridge rifle right rigid ring riot ripple
risk ritual rival river road roast robot robust rocket romance roof rookie room rose rotate
rough round route royal rubber rude rug rule run runway rural sad saddle sadness safe sail salad
salmon salon salt salute same sample sand satisfy satoshi sauce sausage save say scale scan
scare scatter scene scheme school science scissors scorpion scout scrap screen script scrub sea
search season seat second secret section security seed seek segment select sell seminar senior
sense sentence series service session settle setup seven shadow shaft shallow share shed shell
sheriff shield shift shine ship shiver shock shoe shoot shop short shoulder shove shrimp shrug
shuffle shy sibling sick side siege sight sign silent silk silly silver similar simple since
sing siren sister situate six size skate sketch ski skill skin skirt skull slab slam sleep
slender slice slide slight slim slogan slot slow slush small smart smile smoke smooth snack
snake snap sniff snow soap soccer social sock soda soft solar soldier solid solution solve
someone song soon sorry sort soul sound soup source south space spare spatial spawn speak
special speed spell spend sphere spice spider spike spin spirit split spoil sponsor spoon sport
spot spray spread spring spy square squeeze squirrel stable stadium staff stage stairs stamp
stand start state stay steak steel stem step stereo stick still sting stock stomach stone stool
story stove strategy street strike strong struggle student stuff stumble style subject submit
subway success such sudden suffer sugar suggest suit summer sun sunny sunset super supply
supreme sure surface surge surprise surround survey suspect sustain swallow swamp swap swarm
swear sweet swift swim swing switch sword symbol symptom syrup system table tackle tag tail
talent talk tank tape target task taste tattoo taxi teach team tell ten tenant tennis tent term
test text thank that theme then theory there they thing this thought three thrive throw thumb
thunder ticket tide tiger tilt timber time tiny tip tired tissue title toast tobacco today
toddler toe together toilet token tomato tomorrow tone tongue tonight tool tooth top topic
topple torch tornado tortoise toss total tourist toward tower town toy track trade traffic
tragic train transfer trap trash travel tray treat tree trend trial tribe trick trigger trim
trip trophy trouble truck true truly trumpet trust truth try tube tuition tumble tuna tunnel
turkey turn turtle twelve twenty twice twin twist two type typical ugly umbrella unable unaware
uncle uncover under undo unfair unfold unhappy uniform unique unit universe unknown unlock until
unusual unveil update upgrade uphold upon upper upset urban urge usage use used useful useless
usual utility vacant vacuum vague valid valley valve van vanish vapor various vast vault vehicle
velvet vendor venture venue verb verify version very vessel veteran viable vibrant vicious
victory video view village vintage violin virtual virus visa visit visual vital vivid vocal
voice void volcano volume vote voyage wage wagon wait walk wall walnut want warfare warm warrior
wash wasp waste water wave way wealth weapon wear weasel weather web wedding weekend weird
welcome west wet whale what wheat wheel when where whip whisper wide width wife wild will win
window wine wing wink winner winter wire wisdom wise wish witness wolf woman wonder wood wool
word work world worry worth wrap wreck wrestle wrist write wrong yard year yellow you young
youth zebra zero zone zoo
""".split()
assert len(_BIP39) == 2048


def mnemonic(r, words=None):
    words = words or r.choice([12, 12, 24, 24, 24, 15, 18])
    ent = rbytes(r, words * 4 // 3)
    cs = words // 3
    h = hashlib.sha256(ent).digest()
    bits = int.from_bytes(ent, "big") << cs | (h[0] >> (8 - cs))
    return " ".join(_BIP39[(bits >> (11 * (words - 1 - i))) & 2047] for i in range(words))


# domain values ---------------------------------------------------------------------------------
def eth_key(r, prefix=True):
    k = rhex(r, 64)
    while k[0] in "f":  # stay below the secp256k1 order
        k = rhex(r, 64)
    return ("0x" + k) if prefix else k


def bls_secret(r):
    return "0x" + r.choice("1234567") + rhex(r, 63)  # below the BLS12-381 group order


def eth_addr(r):
    return eip55(rbytes(r, 20))


def h32(r):
    return "0x" + rhex(r, 64)


def bls_pub(r):
    return "0x" + r.choice("89ab") + rhex(r, 95)


def bls_sig(r):
    return "0x" + r.choice("89ab") + rhex(r, 191)


def password(r, lo=14, hi=26):
    sym = "!@#%^&*_-+=.?"
    n = r.randint(lo, hi)
    while True:
        s = "".join(r.choice(ALNUM + sym) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c in sym for c in s):
            return s


def passphrase(r):
    ws = [r.choice(_BIP39) for _ in range(r.randint(4, 6))]
    return r.choice(["-", ".", "_"]).join(ws) + str(r.randint(10, 99))


def solana_pub(r):
    return b58(rbytes(r, 32))


def solana_sig(r):
    return b58(rbytes(r, 64))


def peer_id(r):
    if r.random() < 0.5:
        return b58(b"\x00\x25\x08\x02\x12\x21" + bytes([r.choice([2, 3])]) + rbytes(r, 32))
    return b58(b"\x00\x24\x08\x01\x12\x20" + rbytes(r, 32))


def enr(r):
    body = (b"\xb8\x40" + rbytes(r, 64) + bytes([0x80 + r.randint(1, 20)]) + b"\x83eth2\x90"
            + rbytes(r, 16) + b"\x82id\x82v4\x82ip\x84" + rbytes(r, 4)
            + b"\x89secp256k1\xa1" + bytes([r.choice([2, 3])]) + rbytes(r, 32)
            + b"\x83tcp\x82\x23\x28\x83udp\x82\x23\x28")
    return "enr:" + b64u(b"\xf8" + bytes([len(body)]) + body, pad=False)


def enode(r, ip=None):
    return "enode://%s@%s:30303" % (rhex(r, 128), ip or rip(r))


def rip(r):
    return r.choice(["65.108.%d.%d", "135.181.%d.%d", "148.251.%d.%d", "51.89.%d.%d",
                     "144.76.%d.%d", "95.217.%d.%d"]) % (r.randint(1, 254), r.randint(1, 254))


def lip(r):
    return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))


def uuid4(r):
    h = rhex(r, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def cmt_node_id(r):
    return rhex(r, 40)


def cmt_addr(r):
    return rhex(r, 40).upper()


def lnd_node_pub(r):
    return r.choice(["02", "03"]) + rhex(r, 64)


def macaroon_hex(r, kind="admin"):
    ops = {"admin": [("address", ["read", "write"]), ("info", ["read", "write"]),
                     ("invoices", ["read", "write"]), ("macaroon", ["generate", "read", "write"]),
                     ("message", ["read", "write"]), ("offchain", ["read", "write"]),
                     ("onchain", ["read", "write"]), ("peers", ["read", "write"]),
                     ("signer", ["generate", "read"])],
           "invoice": [("address", ["read", "write"]), ("invoices", ["read", "write"]),
                       ("onchain", ["read"])],
           "readonly": [(e, ["read"]) for e in ["address", "info", "invoices", "macaroon",
                                                 "message", "offchain", "onchain", "peers",
                                                 "signer"]]}[kind]

    def fld(tag, b):
        return bytes([tag, len(b)]) + b
    ident = b"\x03" + fld(0x0a, rbytes(r, 16)) + fld(0x12, b"0")
    for ent, acts in ops:
        inner = fld(0x0a, ent.encode()) + b"".join(fld(0x12, a.encode()) for a in acts)
        ident += fld(0x1a, inner)
    ln = len(ident)
    var = bytes([ln]) if ln < 128 else bytes([(ln & 0x7f) | 0x80, ln >> 7])
    mac = b"\x02" + b"\x01\x03lnd" + b"\x02" + var + ident + b"\x00\x00" + b"\x06\x20" + rbytes(r, 32)
    return mac.hex()


def rune(r):
    restr = "=%d" % r.randint(0, 40)
    if r.random() < 0.6:
        restr += r.choice(["&method^list|method^get|method=summary",
                           "&method=invoice", "&method=pay&pnameamountmsat<100000000",
                           "&method^list&method/listdatastore", "&method=getinfo"])
    return b64u(rbytes(r, 32) + restr.encode())


def telegram_token(r):
    return "%d:AA%s" % (r.randint(10 ** 8, 8 * 10 ** 9), rstr(r, URLSAFE, 33))


def discord_webhook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 10 ** 19 - 1),
                                                        rstr(r, URLSAFE, 68))


def slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, UPALNUM, r.choice([8, 10])),
                                                             rstr(r, UPALNUM, r.choice([9, 10, 11])),
                                                             rstr(r, ALNUM, 24))


def aws_id(r):
    return "AKIA" + rstr(r, B32, 16)


def aws_secret(r):
    return rstr(r, ALNUM + "+/", 40)


def glsa(r):
    s = rstr(r, ALNUM, 32)
    return "glsa_%s_%08x" % (s, zlib.crc32(s.encode()))


def glc(r):
    d = {"o": str(r.randint(100000, 1999999)),
         "n": r.choice(["stack-%d-alloy-write", "hm-validators-metrics", "node-ops-%d-logs",
                        "prom-remote-write"]).replace("%d", str(r.randint(100000, 999999))),
         "k": rstr(r, ALNUM, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-us-east-0",
                                                        "prod-ap-southeast-1"])}}
    return "glc_" + b64(json.dumps(d, separators=(",", ":")).encode()).rstrip("=")


def vault_token(r):
    return "hvs.CAES" + rstr(r, URLSAFE, r.randint(84, 92))


def azure_secret(r):
    return rstr(r, ALNUM, 3) + r.choice("5678") + "Q~" + rstr(r, ALNUM + "_-.~", 34)


def pem_body_lines(r, nbytes, prefix=b""):
    raw = b64(prefix + rbytes(r, nbytes - len(prefix)))
    return [raw[i:i + 64] for i in range(0, len(raw), 64)]


_PKCS8_RSA = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
_PKCS1_RSA = bytes.fromhex("308204a40201000282010100")


def rsa_pem(r, pkcs8=True):
    if pkcs8:
        return (["-----BEGIN PRIVATE KEY-----"] + pem_body_lines(r, 1217, _PKCS8_RSA)
                + ["-----END PRIVATE KEY-----"])
    return (["-----BEGIN RSA PRIVATE KEY-----"] + pem_body_lines(r, 1192, _PKCS1_RSA)
            + ["-----END RSA PRIVATE KEY-----"])


def ec_pem(r):
    return (["-----BEGIN EC PRIVATE KEY-----"]
            + pem_body_lines(r, 118, bytes.fromhex("30740201010420"))
            + ["-----END EC PRIVATE KEY-----"])


def xpub(r):
    payload = (bytes.fromhex("0488b21e") + bytes([3]) + rbytes(r, 4) + bytes.fromhex("80000000")
               + rbytes(r, 32) + bytes([r.choice([2, 3])]) + rbytes(r, 32))
    return b58check(payload)


def ln_invoice(r):
    amt = r.choice(["10u", "250u", "2500n", "1m", "50u"])
    return bech32("lnbc" + amt, [r.randrange(32) for _ in range(r.randint(240, 300))])


# --------------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------------
def T(text, **kw):
    """Fill «name» markers (keeps braces of JSON/Go/Jinja templates untouched)."""
    for k, v in kw.items():
        text = text.replace("\u00ab" + k + "\u00bb", str(v))
    assert "\u00ab" not in text, text[text.index("\u00ab"):][:40]
    return text


def pick(r, *xs):
    return r.choice(xs)


def vn(r, conventional, *neutral):
    """Half the time the conventional variable name, otherwise a neutral/unusual one."""
    return conventional if r.random() < 0.5 else r.choice(neutral)


NETS = ["mainnet", "holesky", "sepolia", "hoodi", "gnosis"]
EVM_CHAINS = [("eth-mainnet", 1), ("eth-sepolia", 11155111), ("arb-mainnet", 42161),
              ("opt-mainnet", 10), ("base-mainnet", 8453), ("polygon-mainnet", 137)]
COSMOS = [("cosmoshub-4", "gaiad", ".gaia", "cosmos", "uatom"),
          ("osmosis-1", "osmosisd", ".osmosisd", "osmo", "uosmo"),
          ("juno-1", "junod", ".juno", "juno", "ujuno"),
          ("stride-1", "strided", ".stride", "stride", "ustrd"),
          ("akashnet-2", "akash", ".akash", "akash", "uakt"),
          ("celestia", "celestia-appd", ".celestia-app", "celestia", "utia")]
WORDS = ["frosty", "silent", "polished", "icy", "crimson", "wild", "sleek", "ancient", "bold",
         "restless", "dawn", "misty", "hidden", "snowy", "young", "late", "solemn", "quiet"]
NOUNS = ["wind", "river", "meadow", "frost", "sun", "glade", "breeze", "moon", "forest",
         "shadow", "sea", "field", "flower", "cloud", "pine", "leaf", "haze", "bird"]
TEAMS = ["stakewise-ops", "nodeops", "validators", "infra", "rpc-gateway", "chain-ops", "sre"]


def qn_host(r, net=None):
    net = net or r.choice(["", "", ".ethereum-sepolia", ".arbitrum-mainnet", ".base-mainnet",
                           ".solana-mainnet", ".matic", ".bsc"])
    return "%s-%s-%s%s.quiknode.pro" % (r.choice(WORDS), r.choice(WORDS), r.choice(NOUNS), net)


def cs_host(r):
    return "nd-%03d-%03d-%03d.p2pify.com" % (r.randint(100, 999), r.randint(100, 999),
                                             r.randint(100, 999))


def ts(r, year=2024):
    return "%d-%02d-%02dT%02d:%02d:%02d" % (year, r.randint(1, 12), r.randint(1, 28),
                                            r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# --------------------------------------------------------------------------------------------
# negative fillers for a template's secret slot
# --------------------------------------------------------------------------------------------
PH = ["<your-api-key>", "YOUR_API_KEY", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
      "<redacted>", "TODO-set-me", "your-key-here", "<API_KEY>", "dummy", "placeholder",
      "CHANGE_ME_IN_PROD", "<token>", "XXXXXXXXXXXXXXXXXXXX", "insert-key-here", "<secret>"]
MASK = ["********", "****************", "[REDACTED]", "<hidden>", "REDACTED", "***",
        "xxxx-xxxx-xxxx", "[MASKED]"]


def negval(r, spec):
    c = r.choice(spec)
    if c == "ph":
        return r.choice(PH)
    if c == "mask":
        return r.choice(MASK)
    if c == "empty":
        return ""
    if c == "envg":
        return "${%s}" % r.choice(["API_KEY", "RPC_TOKEN", "SECRET", "NODE_SECRET", "KEY", "CREDENTIAL",
                                   "UPSTREAM_KEY", "PASSWORD"])
    if c == "vaultg":
        return r.choice(["vault:secret/data/node-ops#value", "op://Infra/node-ops/credential",
                         "ref+awsssm://prod/node-ops/secret", "<from-vault>"])
    kind, _, arg = c.partition(":")
    if kind == "env":
        return "${%s}" % arg
    if kind == "jsenv":
        return "${process.env.%s}" % arg
    if kind == "tpl":
        return "{{ %s }}" % arg
    if kind == "gha":
        return "${{ secrets.%s }}" % arg
    if kind == "vault":
        return r.choice(["vault:secret/data/%s#value", "op://Infra/%s/credential",
                         "ref+awsssm://prod/%s", "gcpsm://projects/node-ops/secrets/%s/versions/latest",
                         "secretref:%s"]) % arg
    if kind == "lit":
        return arg
    raise ValueError(c)


POS = []


def tpl(provider, kind, gen, negs):
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "gen": gen,
                    "render": fn, "negs": negs})
        return fn
    return deco


# secret generators --------------------------------------------------------------------------
def g_alchemy(r):
    return rstr(r, ALNUM, 32) if r.random() < 0.6 else rstr(r, ALNUM + "_-", 32)


def g_hex32(r):
    return rhex(r, 32)


def g_hex40(r):
    return rhex(r, 40)


def g_hex64(r):
    return rhex(r, 64)


def g_cs_pass(r):
    return "-".join(r.choice(_BIP39) for _ in range(6))


def g_cs_api(r):
    return rstr(r, ALNUM, 8) + "." + rstr(r, ALNUM, 32)


def g_bd(r):
    return rstr(r, ALNUM, r.randint(40, 60))


def g_etherscan(r):
    return rstr(r, UPALNUM, 34)


def g_pw(r):
    return password(r) if r.random() < 0.7 else passphrase(r)


def g_jwt(r):
    return ("0x" if r.random() < 0.3 else "") + rhex(r, 64)


def g_ed_priv(r):
    return b64(rbytes(r, 64))


def g_sol_arr(r):
    return "[" + ",".join(str(b) for b in rbytes(r, 64)) + "]"


def g_sol_b58(r):
    return b58(rbytes(r, 64))


def g_ssv(r):
    return b64(("\n".join(rsa_pem(r, pkcs8=False)) + "\n").encode())


def g_aezeed(r):
    return " ".join(r.choice(_BIP39) for _ in range(24))


DOC_ALCHEMY = "lit:demo"
DOC_ANKR = "lit:9f7d929b018cdffb338517efa06f58359e86ff1ffd350bc889738523659e7972"
DOC_CS_KEY = "lit:3c6e0b8a9c15224a8228b9a98ca1531d"
DOC_HH0 = "lit:0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
DOC_HH1 = "lit:0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
DOC_MN1 = "lit:test test test test test test test test test test test junk"
DOC_MN2 = "lit:abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
DOC_LH_PW = "lit:myStrongpa55word123&$"
DOC_AWS = "lit:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
DOC_AZ = "lit:0DgK4V_YA99RPk7.f_1op0-em_a46wSe.Z"
DOC_RUNE = "lit:OSqc7ixY6F-gjcigBfxtzKUI54uzgFSA6YfBQoWGDV89MA=="
DOC_CMT_PV = "lit:9giFjwnmAKCAI95l4Q32kXsau+itGrbsvz84CTLxGnJSPENCBVOUck5ntrGkyX+JzMwgleJCkXEIWPAoa/NioQ=="
DOC_CMT_NK = "lit:jxG2ywUkVPiF4XDW1Dwa5ZfcrC0rEa4iM1y4O5qCMpYxdiypykyf9yp7C81cJTZHKMOvrnGcZiqxlMfyQsaUUA=="
ZERO32 = "lit:0x" + "0" * 64
CODE = ["ph", "ph", "mask", "empty"]
CFG = ["ph", "mask", "empty", "envg", "vaultg"]
DOC_VALUES = {x.split(":", 1)[1] for x in [DOC_ALCHEMY, DOC_ANKR, DOC_CS_KEY, DOC_HH0, DOC_HH1, DOC_MN1, DOC_MN2,
                                           DOC_LH_PW, DOC_AWS, DOC_AZ, DOC_RUNE, DOC_CMT_PV, DOC_CMT_NK]}
DOC_VALUES |= {"pass-word-pass-word-pass-word", "FX7CWlLg.FMpAO8cgCX2N7s41EncRru2nb5CmTZUt", "YourApiKeyToken",
               "root", "myroot", "glsa_xxxxxxxxxxxx"}


# --------------------------------------------------------------------------------------------
# positive templates (render(r, v, neg) -> (relpath, text)); v is the only credential
# --------------------------------------------------------------------------------------------
@tpl("alchemy", "api_key_url", g_alchemy, CODE + [DOC_ALCHEMY, DOC_ALCHEMY, "jsenv:ALCHEMY_API_KEY"])
def p_alchemy_hardhat(r, v, neg):
    net, cid = r.choice(EVM_CHAINS)
    name = vn(r, "ALCHEMY_URL", "MAINNET_RPC", "forkUrl", "archiveRpc", "RPC")
    return pick(r, "hardhat.config.ts", "contracts/hardhat.config.ts"), T('''import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";
import * as dotenv from "dotenv";

dotenv.config();

// archive node used for fork tests of the withdrawal vault
const «name» = `https://«net».g.alchemy.com/v2/«v»`;

const config: HardhatUserConfig = {
  solidity: {
    version: "0.8.24",
    settings: { optimizer: { enabled: true, runs: 200 } },
  },
  networks: {
    hardhat: {
      forking: { url: «name», blockNumber: «blk» },
      chainId: «cid»,
    },
    localhost: { url: "http://127.0.0.1:8545" },
  },
  mocha: { timeout: 120000 },
};

export default config;
''', name=name, net=net, v=v, blk=r.randint(18000000, 21900000), cid=cid)


@tpl("alchemy", "api_key_url", g_alchemy, CFG + [DOC_ALCHEMY, "env:ALCHEMY_API_KEY", "env:ALCHEMY_API_KEY"])
def p_alchemy_foundry(r, v, neg):
    return "foundry.toml", T('''[profile.default]
src = "src"
out = "out"
libs = ["lib"]
solc_version = "0.8.24"
optimizer = true
optimizer_runs = 10_000
fs_permissions = [{ access = "read", path = "./deployments" }]

[rpc_endpoints]
mainnet = "https://eth-mainnet.g.alchemy.com/v2/«v»"
holesky = "https://ethereum-holesky-rpc.publicnode.com"
local = "http://127.0.0.1:8545"

[etherscan]
mainnet = { key = "${ETHERSCAN_API_KEY}" }

[fmt]
line_length = 110
tab_width = 4
''', v=v)


@tpl("alchemy", "api_key", g_alchemy, CODE + [DOC_ALCHEMY])
def p_alchemy_py(r, v, neg):
    var = vn(r, "ALCHEMY_API_KEY", "_K", "api_token", "PROVIDER_TOKEN", "key")
    net, _ = r.choice(EVM_CHAINS)
    return pick(r, "scripts/balance_watch.py", "tools/fee_recipient_check.py", "ops/rewards.py"), T('''#!/usr/bin/env python3
"""Poll fee-recipient balances and push them to the pushgateway."""
import logging
import time

from prometheus_client import CollectorRegistry, Gauge, push_to_gateway
from web3 import Web3

«var» = "«v»"
RPC = f"https://«net».g.alchemy.com/v2/{«var»}"
FEE_RECIPIENTS = [
    "«a1»",
    "«a2»",
]

log = logging.getLogger("balance_watch")


def main():
    w3 = Web3(Web3.HTTPProvider(RPC, request_kwargs={"timeout": 20}))
    reg = CollectorRegistry()
    g = Gauge("fee_recipient_balance_eth", "balance", ["address"], registry=reg)
    while True:
        for a in FEE_RECIPIENTS:
            g.labels(a).set(w3.from_wei(w3.eth.get_balance(a), "ether"))
        push_to_gateway("pushgateway.monitoring:9091", job="balance_watch", registry=reg)
        time.sleep(60)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
''', var=var, v=v, net=net, a1=eth_addr(r), a2=eth_addr(r))


@tpl("alchemy", "api_key_url", g_alchemy, CODE + [DOC_ALCHEMY])
def p_alchemy_go(r, v, neg):
    return pick(r, "cmd/headwatch/main.go", "internal/chain/client.go"), T('''package main

import (
	"context"
	"log"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(ctx, "wss://eth-mainnet.g.alchemy.com/v2/«v»")
	if err != nil {
		log.Fatalf("dial: %v", err)
	}
	heads := make(chan *types.Header, 16)
	sub, err := client.SubscribeNewHead(context.Background(), heads)
	if err != nil {
		log.Fatalf("subscribe: %v", err)
	}
	for {
		select {
		case err := <-sub.Err():
			log.Fatalf("subscription: %v", err)
		case h := <-heads:
			log.Printf("head %d %s", h.Number.Uint64(), h.Hash().Hex())
		}
	}
}
''', v=v)


@tpl("alchemy", "api_key", g_alchemy, CODE + [DOC_ALCHEMY])
def p_alchemy_sdk(r, v, neg):
    return pick(r, "src/lib/alchemy.ts", "packages/indexer/src/provider.ts"), T('''import { Alchemy, Network } from "alchemy-sdk";

export const alchemy = new Alchemy({
  apiKey: "«v»",
  network: Network.«net»,
  maxRetries: 5,
});

export async function latestBlock(): Promise<number> {
  return alchemy.core.getBlockNumber();
}
''', v=v, net=r.choice(["ETH_MAINNET", "ETH_SEPOLIA", "ARB_MAINNET", "BASE_MAINNET"]))


@tpl("alchemy", "api_key", g_alchemy, CFG + ["env:ALCHEMY_API_KEY", "env:ALCHEMY_KEY", DOC_ALCHEMY])
def p_alchemy_compose(r, v, neg):
    name = vn(r, "ALCHEMY_API_KEY", "UPSTREAM_TOKEN", "RPC_KEY", "PROVIDER_SECRET")
    return pick(r, "docker-compose.yml", "deploy/compose.indexer.yml"), T('''services:
  indexer:
    image: ghcr.io/«team»/chain-indexer:1.14.2
    restart: unless-stopped
    environment:
      CHAIN_ID: "1"
      START_BLOCK: "«blk»"
      «name»: "«v»"
      DATABASE_HOST: postgres
      LOG_LEVEL: info
    depends_on:
      - postgres
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: indexer
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets:
      - pg_password
    volumes:
      - pgdata:/var/lib/postgresql/data

secrets:
  pg_password:
    file: ./secrets/pg_password.txt

volumes:
  pgdata: {}
''', team=r.choice(TEAMS), blk=r.randint(15000000, 20000000), name=name, v=v)


@tpl("infura", "api_key_secret", g_hex32, CFG + ["env:INFURA_API_KEY_SECRET"])
def p_infura_curl_md(r, v, neg):
    key = r.choice(["<YOUR-API-KEY>", "$INFURA_API_KEY"]) if neg else rhex(r, 32)
    return pick(r, "docs/runbooks/infura-fallback.md", "RUNBOOK.md"), T('''# Infura fallback

When the local execution client is resyncing, the bots switch to Infura. The key below is
restricted to our egress IPs and requires the key secret on every call.

## Smoke test

```bash
curl --user :«v» \\
  https://mainnet.infura.io/v3/«key» \\
  -H 'Content-Type: application/json' \\
  -d '{"jsonrpc":"2.0","method":"eth_blockNumber","params":[],"id":1}'
```

Expected: a hex block number within ~2 blocks of etherscan.

## Switching back

1. Check `eth_syncing` on the local node returns `false`.
2. `kubectl -n bots rollout restart deploy/liquidator`.
''', v=v, key=key)


@tpl("infura", "api_key_url", g_hex32, CODE + ["lit:<INFURA_PROJECT_ID>"])
def p_infura_truffle(r, v, neg):
    return "truffle-config.js", T('''const HDWalletProvider = require("@truffle/hdwallet-provider");
require("dotenv").config();

module.exports = {
  networks: {
    development: { host: "127.0.0.1", port: 8545, network_id: "*" },
    sepolia: {
      provider: () =>
        new HDWalletProvider(
          process.env.DEPLOYER_MNEMONIC,
          "https://sepolia.infura.io/v3/«v»"
        ),
      network_id: 11155111,
      confirmations: 2,
      timeoutBlocks: 200,
      skipDryRun: true,
    },
  },
  compilers: { solc: { version: "0.8.21" } },
};
''', v=v)


@tpl("infura", "basic_auth_b64", lambda r: b64((rhex(r, 32) + ":" + rhex(r, 32)).encode()),
     ["ph", "mask", "lit:<base64(projectId:projectSecret)>"])
def p_infura_ipfs(r, v, neg):
    return pick(r, "src/ipfs.ts", "app/lib/ipfsClient.ts"), T('''import { create } from "ipfs-http-client";

// pinned metadata for the validator NFT badges
const auth = "Basic «v»";

export const ipfs = create({
  host: "ipfs.infura.io",
  port: 5001,
  protocol: "https",
  headers: { authorization: auth },
});

export async function pinJson(obj: unknown): Promise<string> {
  const { cid } = await ipfs.add(JSON.stringify(obj));
  return cid.toString();
}
''', v=v)


@tpl("infura", "api_key_secret", g_hex32, CODE)
def p_infura_py_secret(r, v, neg):
    pid = "<project-id>" if neg else rhex(r, 32)
    sec = vn(r, "INFURA_API_KEY_SECRET", "PASSWD", "s2", "infura_pw")
    return pick(r, "scripts/gas_oracle.py", "bots/gas/fetch.py"), T('''import requests

INFURA_API_KEY = "«pid»"
«sec» = "«v»"
URL = f"https://gas.api.infura.io/v3/{INFURA_API_KEY}/networks/1/suggestedGasFees"


def suggested_fees():
    resp = requests.get(URL, auth=(INFURA_API_KEY, «sec»), timeout=10)
    resp.raise_for_status()
    data = resp.json()
    return {k: data[k]["suggestedMaxFeePerGas"] for k in ("low", "medium", "high")}


if __name__ == "__main__":
    print(suggested_fees())
''', pid=pid, sec=sec, v=v)


@tpl("quicknode", "url_token", g_hex40, CFG + ["tpl:.Values.secrets.quicknodeToken"])
def p_qn_helm(r, v, neg):
    return pick(r, "deploy/helm/rpc-proxy/values.yaml", "charts/erpc/values-prod.yaml"), T('''replicaCount: 2

image:
  repository: ghcr.io/erpc/erpc
  tag: "0.0.40"

upstreams:
  - id: local-reth
    endpoint: http://reth.eth.svc.cluster.local:8545
    weight: 10
  - id: quicknode
    endpoint: https://«host»/«v»/
    weight: 1
    rateLimit: 25

resources:
  requests: { cpu: 250m, memory: 256Mi }
  limits: { memory: 512Mi }

serviceMonitor:
  enabled: true
  interval: 30s
''', host=qn_host(r, ""), v=v)


@tpl("quicknode", "url_token", g_hex40, CODE)
def p_qn_rust(r, v, neg):
    return pick(r, "src/provider.rs", "crates/keeper/src/rpc.rs"), T('''use ethers::providers::{Http, Middleware, Provider};
use std::{sync::Arc, time::Duration};

const ENDPOINT: &str = "https://«host»/«v»/";

pub async fn connect() -> eyre::Result<Arc<Provider<Http>>> {
    let provider = Provider::<Http>::try_from(ENDPOINT)?.interval(Duration::from_millis(500));
    let chain_id = provider.get_chainid().await?;
    tracing::info!(%chain_id, "connected");
    Ok(Arc::new(provider))
}
''', host=qn_host(r), v=v)


@tpl("quicknode", "url_token", g_hex40, CFG)
def p_qn_systemd(r, v, neg):
    return pick(r, "deploy/systemd/liquidation-bot.service", "ops/units/keeper.service"), T('''[Unit]
Description=Keeper bot (auto-compound)
After=network-online.target
Wants=network-online.target

[Service]
User=keeper
Group=keeper
WorkingDirectory=/opt/keeper
Environment="RUST_LOG=info"
Environment="RPC_URL=https://«host»/«v»/"
Environment="SIGNER_URL=http://127.0.0.1:9000"
ExecStart=/opt/keeper/bin/keeper run --config /etc/keeper/config.toml
Restart=always
RestartSec=5
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
''', host=qn_host(r), v=v)


@tpl("quicknode", "url_token", g_hex40, CODE)
def p_qn_solana(r, v, neg):
    return pick(r, "src/connection.ts", "scripts/vote-monitor.ts"), T('''import { Connection, PublicKey } from "@solana/web3.js";

const VOTE_ACCOUNT = new PublicKey("«vote»");

const connection = new Connection(
  "https://«host»/«v»/",
  { commitment: "confirmed" }
);

export async function lastVote(): Promise<number | undefined> {
  const accounts = await connection.getVoteAccounts();
  const me = accounts.current.find((a) => a.votePubkey === VOTE_ACCOUNT.toBase58());
  return me?.lastVote;
}
''', vote=solana_pub(r), host=qn_host(r, ".solana-mainnet"), v=v)


@tpl("chainstack", "url_token", g_hex32, CFG + [DOC_CS_KEY])
def p_cs_key_yaml(r, v, neg):
    return pick(r, "monitoring/blackbox/targets.yml", "config/rpc-upstreams.yaml"), T('''# upstream RPCs probed every 30s by blackbox-exporter (json_rpc module)
- targets:
    - http://geth-0.eth.internal:8545
    - http://nethermind-1.eth.internal:8545
  labels:
    tier: self-hosted
- targets:
    - https://«host»/«v»
  labels:
    tier: managed
    provider: chainstack
''', host=cs_host(r), v=v)


@tpl("chainstack", "basic_auth_password", g_cs_pass, CODE + ["lit:pass-word-pass-word-pass-word"])
def p_cs_basic(r, v, neg):
    user = "user-name" if neg else "%s-%s" % (r.choice(WORDS), r.choice(["kepler", "turing", "hopper", "lovelace", "noether"]))
    return pick(r, "scripts/check_lag.sh", "bin/archive-probe.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
# compare head of our archive node with the managed one
LOCAL=http://127.0.0.1:8545
REMOTE="https://«user»:«v»@«host»"

head() {
  curl -s -X POST "$1" -H 'content-type: application/json' \\
    --data '{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}' | jq -r .result
}

l=$(( $(head "$LOCAL") ))
r=$(( $(head "$REMOTE") ))
echo "local=$l remote=$r lag=$(( r - l ))"
[ $(( r - l )) -lt 5 ] || exit 1
''', user=user, v=v, host=cs_host(r))


@tpl("chainstack", "platform_api_key", g_cs_api, CFG + ["lit:FX7CWlLg.FMpAO8cgCX2N7s41EncRru2nb5CmTZUt"])
def p_cs_platform(r, v, neg):
    return pick(r, "tools/chainstack/list-nodes.sh", "ops/chainstack.sh"), T('''#!/bin/sh
# list nodes of the org so the inventory job can diff them
curl -sS -X GET 'https://api.chainstack.com/v1/nodes/' \\
  --header 'Authorization: Bearer «v»' \\
  | jq -r '.results[] | [.id, .name, .status, .details.https_endpoint] | @tsv'
''', v=v)


@tpl("ankr", "url_token", g_hex64, CODE + [DOC_ANKR, DOC_ANKR])
def p_ankr_ts(r, v, neg):
    chain = r.choice(["eth", "bsc", "polygon", "arbitrum", "base", "optimism"])
    name = vn(r, "ANKR_RPC", "fallbackRpc", "RPC_2", "upstream")
    return pick(r, "src/config/rpc.ts", "apps/api/src/chains.ts"), T('''import { JsonRpcProvider, FallbackProvider } from "ethers";

const «name» = "https://rpc.ankr.com/«chain»/«v»";

export const provider = new FallbackProvider([
  { provider: new JsonRpcProvider("http://erigon.internal:8545"), priority: 1, weight: 2 },
  { provider: new JsonRpcProvider(«name»), priority: 2, weight: 1 },
]);
''', name=name, chain=chain, v=v)


@tpl("ankr", "url_token", g_hex64, CODE + [DOC_ANKR])
def p_ankr_go(r, v, neg):
    return pick(r, "internal/config/endpoints.go", "pkg/rpc/endpoints.go"), T('''package config

// Endpoints used by the slashing watcher. Order matters: first healthy wins.
var Endpoints = map[string][]string{
	"mainnet": {
		"http://127.0.0.1:8545",
		"https://rpc.ankr.com/eth/«v»",
	},
	"holesky": {
		"http://holesky-geth.internal:8545",
	},
}

const ReorgDepth = 64
''', v=v)


@tpl("getblock", "url_token", g_hex32, CFG + ["lit:<ACCESS_TOKEN>"])
def p_getblock_json(r, v, neg):
    return pick(r, "config/networks.json", "relayer/config.json"), T('''{
  "networks": [
    {
      "name": "ethereum",
      "chainId": 1,
      "rpc": "https://go.getblock.io/«v»/",
      "confirmations": 12,
      "pollIntervalMs": 4000
    },
    {
      "name": "gnosis",
      "chainId": 100,
      "rpc": "http://nethermind-gnosis.internal:8545",
      "confirmations": 8,
      "pollIntervalMs": 5000
    }
  ],
  "metricsPort": 9102
}
''', v=v)


@tpl("blockdaemon", "api_key_header", g_bd, CFG + ["env:BLOCKDAEMON_API_KEY", "lit:YOUR_API_KEY"])
def p_bd_sh(r, v, neg):
    return pick(r, "scripts/bd_block_number.sh", "ops/blockdaemon/check.sh"), T('''#!/usr/bin/env bash
set -eu
for net in bitcoin/mainnet ethereum/mainnet solana/mainnet; do
  n=$(curl -s --request GET \\
    --url "https://svc.blockdaemon.com/universal/v1/${net}/sync/block_number" \\
    --header "X-API-Key: «v»" \\
    --header "Accept: application/json")
  printf '%-20s %s\\n' "$net" "$n"
done
''', v=v)


@tpl("blockdaemon", "api_key_bearer", g_bd, CODE)
def p_bd_ts(r, v, neg):
    return pick(r, "src/staking/blockdaemon.ts", "lib/bdClient.ts"), T('''import axios from "axios";

export const bd = axios.create({
  baseURL: "https://svc.blockdaemon.com/boss/v1/ethereum/mainnet",
  timeout: 15_000,
  headers: {
    Authorization: "Bearer «v»",
    "Content-Type": "application/json",
  },
});

export async function stakeIntent(amountGwei: string, withdrawal: string) {
  const { data } = await bd.post("/stake-intents", {
    stakes: [{ amount: amountGwei, withdrawal_address: withdrawal, fee_recipient: withdrawal }],
  });
  return data;
}
''', v=v)


@tpl("etherscan", "api_key", g_etherscan, CODE + ["lit:YourApiKeyToken", "lit:YOUR_ETHERSCAN_API_KEY"])
def p_etherscan_js(r, v, neg):
    return pick(r, "hardhat.config.js", "packages/contracts/hardhat.config.js"), T('''require("@nomicfoundation/hardhat-verify");
require("@nomicfoundation/hardhat-ethers");

module.exports = {
  solidity: "0.8.20",
  networks: {
    holesky: {
      url: process.env.HOLESKY_RPC_URL || "http://127.0.0.1:8545",
      accounts: process.env.DEPLOYER_KEY ? [process.env.DEPLOYER_KEY] : [],
    },
  },
  etherscan: {
    apiKey: "«v»",
  },
  sourcify: { enabled: false },
};
''', v=v)


@tpl("ethereum-engine", "jwt_secret", g_jwt, [ZERO32, "lit:" + "0" * 64])
def p_jwt_file(r, v, neg):
    return pick(r, "jwtsecret/jwt.hex", "secrets/jwt.hex", "config/engine-jwt.hex"), v + "\n"


@tpl("ethereum-engine", "jwt_secret", g_jwt, CFG + ["tpl:.Values.jwt"])
def p_jwt_k8s(r, v, neg):
    return pick(r, "k8s/eth/jwt-secret.yaml", "manifests/engine-jwt.yaml"), T('''apiVersion: v1
kind: Secret
metadata:
  name: engine-jwt
  namespace: eth-«net»
  labels:
    app.kubernetes.io/part-of: ethereum-node
type: Opaque
stringData:
  jwt.hex: "«v»"
''', net=r.choice(NETS), v=v)


@tpl("lighthouse", "keystore_password", g_pw, CFG + [DOC_LH_PW, DOC_LH_PW])
def p_lh_vdefs(r, v, neg):
    pk1, pk2 = bls_pub(r), bls_pub(r)
    home = r.choice(["/home/eth", "/var/lib/lighthouse", "/data"])
    net = r.choice(["mainnet", "holesky", "hoodi"])
    return pick(r, "validators/validator_definitions.yml", "lighthouse/%s/validators/validator_definitions.yml" % net), T('''---
- enabled: true
  voting_public_key: "«pk1»"
  description: "node-«n1»"
  type: local_keystore
  voting_keystore_path: «home»/.lighthouse/«net»/validators/«pk1»/voting-keystore.json
  voting_keystore_password_path: «home»/.lighthouse/«net»/secrets/«pk1»
  suggested_fee_recipient: "«fr»"
- enabled: true
  voting_public_key: "«pk2»"
  description: "node-«n2» (migrated from prysm)"
  type: local_keystore
  voting_keystore_path: «home»/.lighthouse/«net»/validators/«pk2»/voting-keystore.json
  voting_keystore_password: "«v»"
  suggested_fee_recipient: "«fr»"
''', pk1=pk1, pk2=pk2, home=home, net=net, n1=r.randint(1, 40), n2=r.randint(41, 90),
             fr=eth_addr(r), v=v.replace('"', ''))


@tpl("prysm", "wallet_password", g_pw, CFG + ["tpl:.Values.prysm.walletPassword"])
def p_prysm_secret(r, v, neg):
    name = vn(r, "wallet-password.txt", "pw", "password", "unlock.txt")
    return pick(r, "k8s/prysm/validator-secret.yaml", "deploy/prysm-wallet.yaml"), T('''apiVersion: v1
kind: Secret
metadata:
  name: prysm-wallet
  namespace: validators
type: Opaque
stringData:
  «name»: "«v»"
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: prysm-validator
  namespace: validators
spec:
  serviceName: prysm-validator
  replicas: 1
  selector:
    matchLabels: { app: prysm-validator }
  template:
    metadata:
      labels: { app: prysm-validator }
    spec:
      containers:
        - name: validator
          image: gcr.io/prysmaticlabs/prysm/validator:v5.1.2
          args:
            - --wallet-dir=/data/wallet
            - --wallet-password-file=/secrets/«name»
            - --beacon-rpc-provider=prysm-beacon:4000
            - --accept-terms-of-use
          volumeMounts:
            - { name: secrets, mountPath: /secrets, readOnly: true }
      volumes:
        - name: secrets
          secret: { secretName: prysm-wallet }
''', name=name, v=v.replace('"', ''))


@tpl("teku", "keystore_password", g_pw, ["lit:changeme", "lit:password", "lit:<keystore password>"])
def p_teku_pw(r, v, neg):
    i = r.randint(0, 63)
    return "validator_keys/passwords/keystore-m_12381_3600_%d_0_0-%d.txt" % (i, r.randint(1690000000, 1730000000)), v + "\n"


@tpl("web3signer", "bls_private_key", bls_secret, CFG + [ZERO32, "env:BLS_KEY"])
def p_w3s_raw(r, v, neg):
    pk = bls_pub(r)
    return "web3signer/keys/%s.yaml" % pk[:18], T('''# imported from deposit-cli output, validator index «idx»
type: "file-raw"
keyType: "BLS"
privateKey: "«v»"
''', idx=r.randint(100000, 1500000), v=v)


@tpl("web3signer", "aws_secret_key", aws_secret, CFG + [DOC_AWS, DOC_AWS])
def p_w3s_aws(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else aws_id(r)
    return pick(r, "web3signer/keys/aws-bulk.yaml", "signer/config/aws-%s.yaml" % r.choice(NETS)), T('''type: "aws-secret"
keyType: "BLS"
authenticationMode: "SPECIFIED"
accessKeyId: "«kid»"
secretAccessKey: "«v»"
secretName: "validators/«net»/«idx»"
region: "«reg»"
''', kid=kid, v=v, net=r.choice(NETS), idx=r.randint(1000, 99999),
             reg=r.choice(["eu-central-1", "us-east-1", "eu-west-1", "ap-northeast-1"]))


@tpl("hashicorp-vault", "vault_token", vault_token, CFG + ["env:VAULT_TOKEN", "lit:root", "lit:myroot"])
def p_w3s_vault(r, v, neg):
    return pick(r, "web3signer/keys/vault-signer.yaml", "signer/keys/hashicorp.yaml"), T('''type: "hashicorp"
keyType: "BLS"
tlsEnabled: "true"
keyPath: "/v1/secret/data/validators/«idx»"
keyName: "value"
tlsKnownServersPath: "/etc/web3signer/knownhosts"
serverHost: "vault.«dom»"
serverPort: "8200"
timeout: "10000"
token: "«v»"
''', idx=r.randint(1, 9999), dom=r.choice(["internal", "ops.local", "svc.cluster.local"]), v=v)


@tpl("azure", "client_secret", azure_secret, CFG + [DOC_AZ, DOC_AZ, "env:AZURE_CLIENT_SECRET"])
def p_w3s_azure(r, v, neg):
    return pick(r, "deploy/systemd/web3signer.service", "ops/web3signer@.service"), T('''[Unit]
Description=Web3Signer (eth2, azure key vault bulk load)
After=network-online.target postgresql.service

[Service]
User=web3signer
ExecStart=/opt/web3signer/bin/web3signer \\
  --http-listen-host=0.0.0.0 --http-listen-port=9000 \\
  --metrics-enabled=true --metrics-host-allowlist=* \\
  eth2 --network=«net» \\
  --slashing-protection-db-url=jdbc:postgresql://127.0.0.1/web3signer \\
  --slashing-protection-db-username=web3signer \\
  --slashing-protection-db-password-file=/etc/web3signer/db.pw \\
  --azure-vault-enabled=true \\
  --azure-vault-auth-mode=CLIENT_SECRET \\
  --azure-client-id=«cid» \\
  --azure-client-secret=«v» \\
  --azure-tenant-id=«tid» \\
  --azure-vault-name=«vault»
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', net=r.choice(NETS), cid=uuid4(r), v=v, tid=uuid4(r), vault=r.choice(["kv-validators-prod", "stakingkeys", "val-hsm-01"]))


@tpl("web3signer", "db_password", g_pw, CFG + ["env:SLASHING_DB_PASSWORD"])
def p_w3s_dbpw(r, v, neg):
    return pick(r, "docker-compose.signer.yml", "deploy/web3signer/compose.yaml"), T('''services:
  web3signer:
    image: consensys/web3signer:25.2.0
    command:
      - --key-store-path=/keys
      - --http-listen-host=0.0.0.0
      - --http-host-allowlist=*
      - eth2
      - --network=«net»
      - --slashing-protection-db-url=jdbc:postgresql://slashing-db/web3signer
      - --slashing-protection-db-username=web3signer
      - --slashing-protection-db-password=«v»
      - --slashing-protection-pruning-enabled=true
    volumes:
      - ./keys:/keys:ro
    depends_on: [slashing-db]
  slashing-db:
    image: postgres:15
    volumes:
      - ./slashing-db:/var/lib/postgresql/data
''', net=r.choice(NETS), v=v)


@tpl("lido", "eth_private_key", eth_key, CFG + [DOC_HH0, "env:MEMBER_PRIV_KEY"])
def p_lido_oracle(r, v, neg):
    name = vn(r, "MEMBER_PRIV_KEY", "ORACLE_SIGNER", "PK", "REPORTER_KEY")
    return pick(r, "oracle/docker-compose.yml", "lido-oracle/compose.yml"), T('''version: "3.9"
services:
  accounting:
    image: lidofinance/oracle:5.0.1
    command: accounting
    restart: unless-stopped
    environment:
      - EXECUTION_CLIENT_URI=http://execution:8545
      - CONSENSUS_CLIENT_URI=http://consensus:5052
      - KEYS_API_URI=http://keys-api:3000
      - LIDO_LOCATOR_ADDRESS=«loc»
      - «name»=«v»
      - PROMETHEUS_PORT=9000
''', loc=eth_addr(r), name=name, v=v)


@tpl("ssv", "operator_private_key", g_ssv, CFG + ["env:OPERATOR_KEY"])
def p_ssv_cfg(r, v, neg):
    return pick(r, "ssv/config.yaml", "ssv-node/config/config.yaml"), T('''global:
  LogLevel: info
  LogFilePath: ./data/debug.log

db:
  Path: ./data/db

ssv:
  Network: «net»
  ValidatorOptions:
    BuilderProposals: true

eth2:
  BeaconNodeAddr: http://lighthouse:5052

eth1:
  ETH1Addr: ws://geth:8546

p2p:
  TcpPort: 13001
  UdpPort: 12001

OperatorPrivateKey: «v»

MetricsAPIPort: 15000
''', net=r.choice(["mainnet", "holesky"]), v=v)


@tpl("obol", "enr_private_key", g_hex64, ["lit:" + "0" * 64, "ph"])
def p_charon_key(r, v, neg):
    return pick(r, ".charon/charon-enr-private-key", "cluster/node%d/charon-enr-private-key" % r.randint(0, 3)), v + "\n"


@tpl("flashbots", "eth_private_key", eth_key, CODE + [DOC_HH1])
def p_fb_auth(r, v, neg):
    name = vn(r, "FLASHBOTS_AUTH_KEY", "reputationKey", "authSignerPk", "SIGNING")
    return pick(r, "src/bundle.ts", "searcher/src/flashbots.ts"), T('''import { FlashbotsBundleProvider } from "@flashbots/ethers-provider-bundle";
import { JsonRpcProvider, Wallet } from "ethers";

const provider = new JsonRpcProvider("http://127.0.0.1:8545");

// identity for relay reputation only, holds no funds
const «name» = "«v»";
const authSigner = new Wallet(«name»);

export async function flashbots() {
  return FlashbotsBundleProvider.create(provider, authSigner, "https://relay.flashbots.net", "mainnet");
}
''', name=name, v=v)


@tpl("mev-builder", "bls_private_key", bls_secret, CFG + ["env:BUILDER_SECRET_KEY", ZERO32])
def p_builder_sh(r, v, neg):
    return pick(r, "builder/run.sh", "scripts/start-builder.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
exec /usr/local/bin/geth \\
  --datadir /data/builder \\
  --http --http.api eth,net,web3 \\
  --builder \\
  --builder.beacon_endpoints http://127.0.0.1:5052 \\
  --builder.genesis_fork_version 0x00000000 \\
  --builder.bellatrix_fork_version 0x02000000 \\
  --builder.secret_key «v» \\
  --builder.relay_secret_key «v» \\
  --builder.listen_addr 127.0.0.1:28545 \\
  --miner.extradata "«xd»"
''', v=v, xd=r.choice(["beaverbuild", "nodeops", "titan-ish", "rsync"]))


@tpl("ethereum", "eth_private_key", eth_key, CODE + [DOC_HH0, DOC_HH1])
def p_eth_py(r, v, neg):
    var = vn(r, "PRIVATE_KEY", "k", "HOT", "signer_secret", "OPS")
    return pick(r, "bots/topup.py", "scripts/exit_fees.py", "tools/sweeper.py"), T('''from eth_account import Account
from web3 import Web3

w3 = Web3(Web3.HTTPProvider("http://127.0.0.1:8545"))
«var» = "«v»"
acct = Account.from_key(«var»)
TARGETS = {
    "relayer": "«a1»",
    "oracle": "«a2»",
}
MIN_BALANCE = w3.to_wei(0.5, "ether")


def topup():
    for name, addr in TARGETS.items():
        bal = w3.eth.get_balance(addr)
        if bal < MIN_BALANCE:
            tx = {"to": addr, "value": MIN_BALANCE - bal, "nonce": w3.eth.get_transaction_count(acct.address),
                  "gas": 21000, "maxFeePerGas": w3.to_wei(40, "gwei"), "maxPriorityFeePerGas": w3.to_wei(1, "gwei"),
                  "chainId": 1}
            signed = acct.sign_transaction(tx)
            print(name, w3.eth.send_raw_transaction(signed.raw_transaction).hex())
''', var=var, v=v, a1=eth_addr(r), a2=eth_addr(r))


@tpl("ethereum", "eth_private_key", lambda r: eth_key(r, False), CODE + ["lit:" + "0" * 64])
def p_eth_go(r, v, neg):
    return pick(r, "cmd/withdraw/main.go", "internal/signer/local.go"), T('''package main

import (
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/crypto"
)

func main() {
	key, err := crypto.HexToECDSA("«v»")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("operator address:", crypto.PubkeyToAddress(key.PublicKey).Hex())
}
''', v=v)


@tpl("ethereum", "eth_private_key", eth_key, ["ph", "empty", DOC_HH0])
def p_eth_env(r, v, neg):
    # A real .env for positives (rare); negatives get an .env.example name.
    name = ".env.example" if neg else r.choice([".env", ".env", "deploy/.env.production"])
    return name, T('''# deployer for the fee-splitter contracts
RPC_URL=http://127.0.0.1:8545
CHAIN_ID=17000
PRIVATE_KEY=«v»
ETHERSCAN_API_KEY=
GAS_PRICE_GWEI=3
''', v=v)


@tpl("ethereum", "eth_private_key", eth_key, CODE + [DOC_HH0, DOC_HH1])
def p_eth_hh_accounts(r, v, neg):
    return pick(r, "hardhat.config.ts", "deploy/hardhat.config.ts"), T('''import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-ethers";

const config: HardhatUserConfig = {
  solidity: "0.8.26",
  defaultNetwork: "holesky",
  networks: {
    holesky: {
      url: "http://10.0.4.12:8545",
      chainId: 17000,
      accounts: ["«v»"],
    },
  },
};

export default config;
''', v=v)


@tpl("ethereum", "mnemonic", mnemonic, CODE + [DOC_MN1, DOC_MN1, DOC_MN2])
def p_mn_hardhat(r, v, neg):
    return pick(r, "hardhat.config.js", "contracts/hardhat.config.js"), T('''require("@nomicfoundation/hardhat-toolbox");

module.exports = {
  solidity: { version: "0.8.19", settings: { optimizer: { enabled: true, runs: 1000 } } },
  networks: {
    hoodi: {
      url: "http://hoodi-el.internal:8545",
      chainId: 560048,
      accounts: {
        mnemonic: "«v»",
        path: "m/44'/60'/0'/0",
        count: 5,
      },
    },
  },
};
''', v=v)


@tpl("ethereum", "mnemonic", mnemonic, CODE + [DOC_MN1, DOC_MN2])
def p_mn_rust(r, v, neg):
    return pick(r, "src/wallet.rs", "crates/ops/src/keys.rs"), T('''use ethers::signers::{coins_bip39::English, MnemonicBuilder, Signer};

pub fn test_wallet(index: u32) -> eyre::Result<ethers::signers::LocalWallet> {
    let wallet = MnemonicBuilder::<English>::default()
        .phrase("«v»")
        .index(index)?
        .build()?;
    Ok(wallet.with_chain_id(17000u64))
}
''', v=v)


@tpl("cosmos", "mnemonic", mnemonic, CFG + ["env:RELAYER_MNEMONIC", DOC_MN2])
def p_mn_cosmos(r, v, neg):
    chain, binary, home, hrp, den = r.choice(COSMOS)
    return pick(r, "scripts/setup-relayer-key.sh", "bootstrap/keys.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
CHAIN_ID=«chain»
HOME_DIR=$HOME/«home»

# relayer hot key (fee payer only)
echo "«v»" | «binary» keys add relayer --recover --keyring-backend test --home "$HOME_DIR"
«binary» q bank balances "$(«binary» keys show relayer -a --keyring-backend test --home "$HOME_DIR")" \\
  --node tcp://127.0.0.1:26657 --chain-id "$CHAIN_ID"
''', chain=chain, home=home, v=v, binary=binary)


@tpl("the-graph", "mnemonic", mnemonic, CFG + ["env:INDEXER_MNEMONIC"])
def p_mn_graph(r, v, neg):
    name = vn(r, "INDEXER_AGENT_MNEMONIC", "OPERATOR_WORDS", "INDEXER_SEED")
    return pick(r, "graph/docker-compose.yml", "indexer/compose.yaml"), T('''services:
  indexer-agent:
    image: ghcr.io/graphprotocol/indexer-agent:v0.21.4
    environment:
      INDEXER_AGENT_ETHEREUM: http://erigon:8545
      INDEXER_AGENT_ETHEREUM_NETWORK: arbitrum-one
      INDEXER_AGENT_INDEXER_ADDRESS: "«addr»"
      «name»: "«v»"
      INDEXER_AGENT_POSTGRES_HOST: postgres
      INDEXER_AGENT_GRAPH_NODE_QUERY_ENDPOINT: http://graph-node:8000
    ports:
      - "18000:8000"
''', addr=eth_addr(r).lower(), name=name, v=v)


@tpl("cometbft", "ed25519_private_key", g_ed_priv, [DOC_CMT_PV, DOC_CMT_PV, "ph", "mask"])
def p_cmt_pvk(r, v, neg):
    pub = rbytes(r, 32)
    return pick(r, "config/priv_validator_key.json", "node/config/priv_validator_key.json"), T('''{
  "address": "«addr»",
  "pub_key": {
    "type": "tendermint/PubKeyEd25519",
    "value": "«pub»"
  },
  "priv_key": {
    "type": "tendermint/PrivKeyEd25519",
    "value": "«v»"
  }
}''', addr=hashlib.sha256(pub).hexdigest()[:40].upper(), pub=b64(pub), v=v)


@tpl("cometbft", "ed25519_private_key", g_ed_priv, [DOC_CMT_NK, DOC_CMT_NK, "ph"])
def p_cmt_nodekey(r, v, neg):
    return pick(r, "config/node_key.json", "sentry-%d/config/node_key.json" % r.randint(1, 4)), T(
        '{"priv_key":{"type":"tendermint/PrivKeyEd25519","value":"«v»"}}', v=v)


@tpl("tmkms", "hsm_password", g_pw, CFG + ["lit:password"])
def p_tmkms(r, v, neg):
    chain, binary, home, hrp, den = r.choice(COSMOS)
    return pick(r, "tmkms/tmkms.toml", "kms/tmkms.toml"), T('''# Tendermint KMS configuration
[[chain]]
id = "«chain»"
key_format = { type = "bech32", account_key_prefix = "«hrp»pub", consensus_key_prefix = "«hrp»valconspub" }
state_file = "/var/lib/tmkms/state/«chain»-consensus.json"

[[providers.yubihsm]]
adapter = { type = "usb" }
auth = { key = 1, password = "«v»" }
keys = [{ chain_ids = ["«chain»"], key = 1 }]
serial_number = "00«serial»"

[[validator]]
chain_id = "«chain»"
addr = "tcp://«node»@«ip»:26658"
secret_key = "/var/lib/tmkms/secrets/kms-identity.key"
protocol_version = "v0.34"
reconnect = true
''', chain=chain, hrp=hrp, v=v.replace('"', ''), serial=r.randint(10000000, 99999999),
             node=cmt_node_id(r), ip=lip(r))


@tpl("cosmos", "keyring_passphrase", g_pw, CFG + ["tpl:vault_keyring_pass", "lit:{{ vault_keyring_passphrase }}"])
def p_cosmos_ansible(r, v, neg):
    chain, binary, home, hrp, den = r.choice(COSMOS)
    return pick(r, "ansible/group_vars/validators.yml", "inventory/host_vars/val-1.yml"), T('''---
chain_id: «chain»
node_binary: «binary»
node_home: /home/«binary»/«home»
cosmovisor_version: v1.6.0
minimum_gas_prices: "0.0025«den»"
pruning: custom
pruning_keep_recent: "100"
keyring_backend: file
keyring_passphrase: "«v»"
external_address: "«ip»:26656"
monitoring:
  prometheus: true
  tenderduty: true
''', chain=chain, binary=binary, home=home, den=den, v=v.replace('"', ''), ip=rip(r))


@tpl("solana", "keypair_bytes", g_sol_arr, ["lit:[]", "ph"])
def p_sol_keypair(r, v, neg):
    return pick(r, "validator-keypair.json", "keys/vote-account-keypair.json",
                "solana/identity.json"), v


@tpl("solana", "base58_secret_key", g_sol_b58, CODE)
def p_sol_b58(r, v, neg):
    name = vn(r, "PAYER_SECRET", "s", "feePayer58", "SECRET")
    return pick(r, "scripts/withdraw-rewards.ts", "src/payer.ts"), T('''import { Connection, Keypair, LAMPORTS_PER_SOL } from "@solana/web3.js";
import bs58 from "bs58";

const «name» = "«v»";
const payer = Keypair.fromSecretKey(bs58.decode(«name»));
const connection = new Connection("http://127.0.0.1:8899", "confirmed");

(async () => {
  const bal = await connection.getBalance(payer.publicKey);
  console.log(payer.publicKey.toBase58(), bal / LAMPORTS_PER_SOL);
})();
''', name=name, v=v)


@tpl("bitcoin-core", "rpc_password", lambda r: g_pw(r).replace("#", "!"),
     CFG + ["lit:changeme", "env:BITCOIN_RPC_PASSWORD"])
def p_btc_conf(r, v, neg):
    return pick(r, "bitcoin/bitcoin.conf", "config/bitcoin.conf", "deploy/bitcoind/bitcoin.conf"), T('''# bitcoind for electrs + lnd
server=1
txindex=1
prune=0
dbcache=4096
maxconnections=64

rpcbind=127.0.0.1
rpcbind=«lip»
rpcallowip=127.0.0.1
rpcallowip=10.0.0.0/8
rpcuser=«user»
rpcpassword=«v»

zmqpubrawblock=tcp://0.0.0.0:28332
zmqpubrawtx=tcp://0.0.0.0:28333
''', lip=lip(r), user=r.choice(["bitcoinrpc", "btc", "lnd", "electrs", "node"]), v=v)


@tpl("bitcoin-core", "rpc_password", lambda r: rstr(r, ALNUM + "-_.~", r.randint(18, 32)), CODE)
def p_btc_py(r, v, neg):
    pw = v
    return pick(r, "tools/utxo_report.py", "scripts/fee_estimates.py"), T('''from bitcoinrpc.authproxy import AuthServiceProxy

rpc = AuthServiceProxy("http://«user»:«v»@127.0.0.1:8332", timeout=120)


def main():
    info = rpc.getblockchaininfo()
    print("height", info["blocks"], "ibd", info["initialblockdownload"])
    for target in (2, 6, 24, 144):
        est = rpc.estimatesmartfee(target)
        print(target, est.get("feerate"))


if __name__ == "__main__":
    main()
''', user=r.choice(["satoshi", "rpc", "monitor", "fees"]), v=pw)


@tpl("lnd", "macaroon_hex", macaroon_hex, CFG + ["lit:$(xxd -ps -u -c 1000 ~/.lnd/data/chain/bitcoin/mainnet/admin.macaroon)"])
def p_lnd_curl(r, v, neg):
    return pick(r, "scripts/lnd-balance.sh", "ops/lightning/channel_report.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
LND=https://«host»:8080
MACAROON_HEX="«v»"

curl -s --cacert tls.cert -H "Grpc-Metadata-macaroon: ${MACAROON_HEX}" "$LND/v1/balance/channels" | jq .
curl -s --cacert tls.cert -H "Grpc-Metadata-macaroon: ${MACAROON_HEX}" "$LND/v1/channels?active_only=true" \\
  | jq -r '.channels[] | [.chan_id, .remote_pubkey, .local_balance, .remote_balance] | @tsv'
''', host=r.choice(["lnd.internal", "10.8.0.5", "node1.lan", "umbrel.local"]), v=v)


@tpl("lnd", "macaroon_hex", lambda r: macaroon_hex(r, r.choice(["admin", "invoice"])), CFG + ["env:LND_MACAROON"])
def p_lnd_btcpay(r, v, neg):
    name = vn(r, "BTCPAY_BTCEXTERNALLNDREST", "LIGHTNING_CONNECTION", "LN_CONN")
    return pick(r, "btcpay/docker-compose.override.yml", "deploy/btcpay.yml"), T('''services:
  btcpayserver:
    environment:
      BTCPAY_PROTOCOL: https
      BTCPAY_HOST: pay.«dom»
      «name»: "type=lnd-rest;server=https://lnd.«dom»:8080/;macaroon=«v»;allowinsecure=false"
''', dom=r.choice(["example-shop.io", "nodeops.dev", "sats-store.net"]), name=name, v=v)


@tpl("lnd", "wallet_password", g_pw, CODE)
def p_lnd_unlock(r, v, neg):
    return pick(r, "lnd/auto_unlock.py", "scripts/unlock_lnd.py"), T('''import codecs
import grpc

import walletunlocker_pb2 as wu
import walletunlocker_pb2_grpc as wurpc

cert = open("/home/lnd/.lnd/tls.cert", "rb").read()
channel = grpc.secure_channel("localhost:10009", grpc.ssl_channel_credentials(cert))
stub = wurpc.WalletUnlockerStub(channel)

req = wu.UnlockWalletRequest(wallet_password=b"«v»")
stub.UnlockWallet(req)
print("unlocked")
''', v=v.replace('"', '').replace("\\\\", ""))


@tpl("lnd", "aezeed_mnemonic", g_aezeed, ["ph", "mask", "lit:<24 words from lncli create>"])
def p_lnd_seed_md(r, v, neg):
    return pick(r, "docs/lnd-node-setup.md", "runbooks/lightning-recovery.md"), T('''# LND node «n» recovery sheet

Created «d» with `lncli create` (no seed passphrase).

Seed: «v»

Recovery: stop lnd, move `~/.lnd/data/chain` aside, `lncli create` and choose "y" to
restore, paste the seed above, then wait for the rescan (`lncli getinfo` until
`synced_to_chain: true`). Restore channels from `channel.backup` with
`lncli restorechanbackup --multi_file channel.backup`.
''', n=r.randint(1, 5), d=ts(r)[:10], v=v)


@tpl("core-lightning", "rune", rune, CFG + [DOC_RUNE, DOC_RUNE])
def p_cln_curl(r, v, neg):
    return pick(r, "scripts/cln-info.sh", "ops/clnrest.sh"), T('''#!/bin/sh
# read-only checks against clnrest on the CLN box
curl -sk -X POST https://«host»:3010/v1/getinfo -H "Rune: «v»" | jq '{id, alias, num_active_channels, blockheight}'
curl -sk -X POST https://«host»:3010/v1/listfunds -H "Rune: «v»" | jq '.outputs | length'
''', host=r.choice(["cln.internal", "10.9.0.3", "lightning.lan"]), v=v)


@tpl("core-lightning", "rune", rune, CODE + [DOC_RUNE])
def p_cln_py(r, v, neg):
    name = vn(r, "CLN_RUNE", "token", "RUNE", "auth")
    return pick(r, "bot/invoices.py", "app/lightning.py"), T('''import requests

CLN_URL = "https://cln.internal:3010"
«name» = "«v»"


def create_invoice(msat: int, label: str, description: str) -> str:
    r = requests.post(
        f"{CLN_URL}/v1/invoice",
        headers={"Rune": «name»},
        json={"amount_msat": msat, "label": label, "description": description},
        verify="/etc/cln/ca.pem",
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["bolt11"]
''', name=name, v=v)


@tpl("lnbits", "api_key_header", g_hex32, CODE)
def p_lnbits(r, v, neg):
    return pick(r, "integrations/lnbits.py", "tips/lnbits_client.py"), T('''import httpx

LNBITS = "https://lnbits.«dom»"
HEADERS = {"X-Api-Key": "«v»", "Content-type": "application/json"}


async def make_invoice(sats: int, memo: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as c:
        resp = await c.post(f"{LNBITS}/api/v1/payments", headers=HEADERS,
                            json={"out": False, "amount": sats, "memo": memo})
        resp.raise_for_status()
        return resp.json()
''', dom=r.choice(["nodeops.dev", "example.org", "tips.lan"]), v=v)


@tpl("grafana", "service_account_token", glsa, CFG + ["lit:glsa_xxxxxxxxxxxx", "env:GRAFANA_AUTH"])
def p_grafana_tf(r, v, neg):
    return pick(r, "terraform/grafana/provider.tf", "infra/monitoring/main.tf"), T('''terraform {
  required_providers {
    grafana = {
      source  = "grafana/grafana"
      version = "~> 3.7"
    }
  }
}

provider "grafana" {
  url  = "https://grafana.«dom»/"
  auth = "«v»"
}

resource "grafana_folder" "validators" {
  title = "Validators"
}

resource "grafana_dashboard" "beacon" {
  folder      = grafana_folder.validators.id
  config_json = file("${path.module}/dashboards/beacon.json")
}
''', dom=r.choice(["ops.stakefish.example", "nodeops.dev", "internal.chainops.io"]), v=v)


@tpl("grafana-cloud", "access_policy_token", glc, CFG + ["env:GRAFANA_CLOUD_TOKEN", "lit:sys.env(\"GCLOUD_RW_API_KEY\")"])
def p_grafana_glc(r, v, neg):
    return pick(r, "monitoring/prometheus.yml", "prometheus/prometheus.yml"), T('''global:
  scrape_interval: 15s
  external_labels:
    cluster: «cl»

scrape_configs:
  - job_name: beacon
    static_configs:
      - targets: ["127.0.0.1:5054"]
  - job_name: validator
    static_configs:
      - targets: ["127.0.0.1:5064"]
  - job_name: execution
    metrics_path: /debug/metrics/prometheus
    static_configs:
      - targets: ["127.0.0.1:6060"]

remote_write:
  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
    basic_auth:
      username: "«uid»"
      password: "«v»"
''', cl=r.choice(["val-eu-1", "rpc-us-2", "archive-01"]), uid=r.randint(1000000, 2999999), v=v)


@tpl("grafana", "admin_password", g_pw, CFG + ["env:GF_ADMIN_PASSWORD", "lit:admin"])
def p_grafana_admin(r, v, neg):
    return pick(r, "monitoring/docker-compose.yml", "observability/compose.yml"), T('''services:
  prometheus:
    image: prom/prometheus:v2.53.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
    ports: ["9090:9090"]
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "«v»"
      GF_USERS_ALLOW_SIGN_UP: "false"
      GF_INSTALL_PLUGINS: grafana-piechart-panel
    ports: ["3000:3000"]
    volumes:
      - grafana:/var/lib/grafana
volumes:
  grafana: {}
''', v=v.replace('"', ''))


def _tenderduty(r, tg_key, discord, pd_key, chain=None):
    chain = chain or r.choice(COSMOS)
    cid, binary, home, hrp, den = chain
    return T('''---
enable_dashboard: yes
listen_port: 8888
hide_logs: no
node_down_alert_minutes: 3
prometheus_enabled: yes
prometheus_listen_port: 28686

pagerduty:
  enabled: «pd_on»
  api_key: «pd»
  default_severity: alert

discord:
  enabled: «dc_on»
  webhook: «dc»

telegram:
  enabled: «tg_on»
  api_key: '«tg»'
  channel: "-100«chan»"

chains:
  "«cid»":
    chain_id: «cid»
    valoper_address: «valoper»
    public_fallback: no
    alerts:
      stalled_enabled: yes
      stalled_minutes: 10
      consecutive_enabled: yes
      consecutive_missed: 5
      percentage_enabled: no
    nodes:
      - url: tcp://127.0.0.1:26657
        alert_if_down: yes
      - url: tcp://«ip»:26657
        alert_if_down: no
''', pd_on="yes" if pd_key else "no", pd=pd_key or '""',
             dc_on="yes" if discord else "no", dc=discord or '""',
             tg_on="yes" if tg_key else "no", tg=tg_key or "",
             chan=r.randint(1000000000, 1999999999), cid=cid,
             valoper=bech32_addr(r, hrp + "valoper"), ip=lip(r))


@tpl("telegram", "bot_token", telegram_token, ["ph", "mask"])
def p_td_tg(r, v, neg):
    return pick(r, "tenderduty/config.yml", "monitoring/tenderduty.yml"), _tenderduty(r, v, None, None)


@tpl("discord", "webhook_url", discord_webhook, ["ph", "mask"])
def p_td_discord(r, v, neg):
    return pick(r, "tenderduty/config.yml", "alerts/tenderduty-config.yml"), _tenderduty(r, None, v, None)


@tpl("pagerduty", "routing_key", g_hex32, ["ph", "mask"])
def p_td_pd(r, v, neg):
    return pick(r, "tenderduty/config.yml", "ops/tenderduty/config.yml"), _tenderduty(r, None, None, v)


@tpl("slack", "webhook_url", slack_webhook, CFG + ["lit:<slack-webhook-url>"])
def p_am_slack(r, v, neg):
    return pick(r, "alertmanager/alertmanager.yml", "monitoring/alertmanager.yml"), T('''global:
  resolve_timeout: 5m
  slack_api_url: "«v»"

route:
  receiver: validators-slack
  group_by: ["alertname", "instance"]
  group_wait: 30s
  repeat_interval: 3h
  routes:
    - matchers: [severity="page"]
      receiver: validators-slack
      continue: true

receivers:
  - name: validators-slack
    slack_configs:
      - channel: "#validator-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}'
''', v=v)


@tpl("telegram", "bot_token", telegram_token, CFG + ["lit:<bot_token>"])
def p_am_tg(r, v, neg):
    return pick(r, "alertmanager/config.yml", "deploy/alertmanager/alertmanager.yaml"), T('''route:
  receiver: tg
  group_by: [alertname]
receivers:
  - name: tg
    telegram_configs:
      - bot_token: «v»
        chat_id: -100«chat»
        api_url: https://api.telegram.org
        parse_mode: HTML
        send_resolved: true
''', v=v, chat=r.randint(1000000000, 1999999999))


@tpl("aws", "secret_access_key", aws_secret, CFG + [DOC_AWS, DOC_AWS])
def p_aws_ini(r, v, neg):
    kid = "AKIAIOSFODNN7EXAMPLE" if neg else aws_id(r)
    return pick(r, "deploy/aws/credentials", "ops/kms/credentials.ini"), T('''# used by web3signer bulk loading (secretsmanager:GetSecretValue only)
[default]
region = «reg»

[web3signer]
aws_access_key_id = «kid»
aws_secret_access_key = «v»
region = «reg»
''', reg=r.choice(["eu-central-1", "us-east-2", "eu-west-1"]), kid=kid, v=v)


@tpl("gcp", "service_account_key", lambda r: "\\n".join(rsa_pem(r)) + "\\n", ["lit:", "ph"])
def p_gcp_sa(r, v, neg):
    proj = r.choice(["node-ops-prod", "validators-kms", "rpc-gateway-41823", "eth-infra"])
    sa = r.choice(["web3signer", "kms-signer", "backup-writer", "tmkms-sa"])
    return pick(r, "secrets/gcp-kms-sa.json", "deploy/gcp/%s-key.json" % sa), T('''{
  "type": "service_account",
  "project_id": "«proj»",
  "private_key_id": "«kid»",
  "private_key": "«v»",
  "client_email": "«sa»@«proj».iam.gserviceaccount.com",
  "client_id": "«cid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/«sa»%40«proj».iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', proj=proj, kid=rhex(r, 40), v=v, sa=sa, cid=str(r.randint(10 ** 20, 10 ** 21 - 1)))


@tpl("hashicorp-vault", "vault_token", vault_token, CFG + ["lit:$(cat /run/secrets/vault_token)"])
def p_vault_sh(r, v, neg):
    return pick(r, "scripts/rotate-keystore-passwords.sh", "bin/vault-fetch.sh"), T('''#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.«dom»:8200
export VAULT_TOKEN=«v»

for pk in $(cat pubkeys.txt); do
  vault kv get -field=password "secret/validators/${pk}" > "secrets/${pk}"
  chmod 600 "secrets/${pk}"
done
''', dom=r.choice(["internal", "ops.lan", "infra.local"]), v=v)


@tpl("postgres", "db_password", lambda r: rstr(r, ALNUM, r.randint(16, 28)), CFG + ["env:POSTGRES_PASSWORD"])
def p_pg_blockscout(r, v, neg):
    return pick(r, "blockscout/docker-compose.yml", "explorer/compose.yml"), T('''services:
  backend:
    image: blockscout/blockscout:6.8.0
    environment:
      ETHEREUM_JSONRPC_VARIANT: geth
      ETHEREUM_JSONRPC_HTTP_URL: http://geth:8545/
      ETHEREUM_JSONRPC_TRACE_URL: http://geth:8545/
      DATABASE_URL: postgresql://blockscout:«v»@db:5432/blockscout
      CHAIN_ID: "«cid»"
      COIN: ETH
      POOL_SIZE: "80"
    depends_on: [db]
  db:
    image: postgres:14
    environment:
      POSTGRES_USER: blockscout
      POSTGRES_DB: blockscout
''', v=v, cid=r.choice([1, 17000, 100, 560048]))


@tpl("chainlink", "keystore_password", g_pw, CFG)
def p_chainlink(r, v, neg):
    return pick(r, "chainlink/secrets.toml", "node/secrets.toml"), T('''[Database]
URL = 'postgresql://chainlink@localhost:5432/chainlink?sslmode=disable'
AllowSimplePasswords = false

[Password]
Keystore = '«v»'
''', v=v.replace("'", ""))


@tpl("quicknode", "url_token", g_hex40, ["ph", "mask"])
def p_log_qn(r, v, neg):
    host = qn_host(r)
    lines = []
    t = ts(r)
    for i in range(r.randint(4, 7)):
        lines.append("%s.%03dZ INFO  keeper: block %d processed in %dms" % (t, r.randint(0, 999), r.randint(19000000, 21000000), r.randint(20, 400)))
    lines.append("%s.%03dZ WARN  keeper: primary rpc timeout, switching upstream to https://%s/%s/" % (t, r.randint(0, 999), host, v))
    for i in range(r.randint(2, 5)):
        lines.append("%s.%03dZ INFO  keeper: block %d processed in %dms" % (t, r.randint(0, 999), r.randint(19000000, 21000000), r.randint(20, 400)))
    return pick(r, "logs/keeper.log", "debug/keeper-2024.log"), "\n".join(lines) + "\n"


@tpl("bitcoin-core", "rpc_password", lambda r: rstr(r, ALNUM, r.randint(20, 32)), ["ph", "mask"])
def p_log_btc(r, v, neg):
    t = ts(r)
    out = ["%sZ Bitcoin Core version v27.1.0 (release build)" % t,
           "%sZ Command-line arg: datadir=\"/data/bitcoin\"" % t,
           "%sZ Command-line arg: rpcpassword=%s" % (t, v),
           "%sZ Command-line arg: rpcuser=\"electrs\"" % t,
           "%sZ Command-line arg: server=\"\"" % t,
           "%sZ Using the 'sse4(1way),sse41(4way),avx2(8way)' SHA256 implementation" % t,
           "%sZ Default data directory /home/bitcoin/.bitcoin" % t]
    return pick(r, "logs/debug.log", "support/bitcoind-debug.log"), "\n".join(out) + "\n"


@tpl("tls", "pem_private_key", lambda r: "", ["ph"])
def p_pem_nginx(r, v, neg):
    lines = ec_pem(r) if r.random() < 0.5 else rsa_pem(r, pkcs8=r.random() < 0.5)
    if neg:
        return pick(r, "deploy/nginx/certs/README.md", "certs/README.md"), ("Put the RPC proxy key here as `rpc.key` (mode 0600).\n"
                                                                          "Generate: `openssl ecparam -genkey -name prime256v1 -noout -out rpc.key`\n")
    return pick(r, "deploy/nginx/certs/rpc.key", "certs/rpc-proxy.key"), "\n".join(lines) + "\n", lines[0]


# --------------------------------------------------------------------------------------------
# negative look-alike templates: fn(r) -> (relpath, text); nothing in them is a credential
# --------------------------------------------------------------------------------------------
NEG = []


def look(provider, kind):
    def deco(fn):
        NEG.append({"name": fn.__name__, "provider": provider, "kind": kind, "render": fn})
        return fn
    return deco


def wc(r, addr=None):
    return "0x01" + "0" * 22 + (addr or eth_addr(r))[2:].lower()


@look("ethereum-staking", "deposit_data")
def n_deposit_data(r):
    net = r.choice(["mainnet", "holesky", "hoodi"])
    fv = {"mainnet": "00000000", "holesky": "01017000", "hoodi": "10000910"}[net]
    w = wc(r)[2:]
    items = []
    for _ in range(r.randint(1, 3)):
        items.append({"pubkey": bls_pub(r)[2:], "withdrawal_credentials": w, "amount": 32000000000,
                      "signature": bls_sig(r)[2:], "deposit_message_root": rhex(r, 64),
                      "deposit_data_root": rhex(r, 64), "fork_version": fv, "network_name": net,
                      "deposit_cli_version": r.choice(["2.7.0", "2.8.0", "1.2.0"])})
    return "validator_keys/deposit_data-%d.json" % r.randint(1690000000, 1730000000), json.dumps(items, indent=r.choice([None, 2]))


@look("mev-boost", "relay_pubkeys")
def n_mevboost(r):
    hosts = ["boost-relay.flashbots.net", "bloxroute.max-profit.blxrbdn.com", "aestus.live",
             "mainnet-relay.securerpc.com", "relay.ultrasound.money", "agnostic-relay.net",
             "regional.titanrelay.xyz"]
    r.shuffle(hosts)
    relays = ",".join("https://%s@%s" % (bls_pub(r), h) for h in hosts[:r.randint(3, 6)])
    return pick(r, "deploy/systemd/mev-boost.service", "ops/units/mev-boost.service"), T('''[Unit]
Description=mev-boost (mainnet)
After=network-online.target

[Service]
User=mevboost
ExecStart=/usr/local/bin/mev-boost \\
  -mainnet \\
  -min-bid 0.02 \\
  -relay-check \\
  -relays «relays»
Restart=always

[Install]
WantedBy=multi-user.target
''', relays=relays)


@look("geth", "enode_bootnodes")
def n_enodes(r):
    nodes = ",\n  ".join('"%s"' % enode(r) for _ in range(r.randint(3, 6)))
    return pick(r, "geth/config.toml", "execution/geth.toml"), T('''[Eth]
NetworkId = 1
SyncMode = "snap"

[Node]
DataDir = "/data/geth"
HTTPHost = "0.0.0.0"
HTTPPort = 8545
HTTPModules = ["eth", "net", "web3", "txpool"]
AuthAddr = "127.0.0.1"
AuthPort = 8551
JWTSecret = "/secrets/jwt.hex"

[Node.P2P]
MaxPeers = 75
StaticNodes = [
  «nodes»
]
TrustedNodes = []
''', nodes=nodes)


@look("consensus", "enr_bootnodes")
def n_enrs(r):
    body = "\n".join("- %s" % enr(r) for _ in range(r.randint(3, 6)))
    return pick(r, "network-config/boot_enr.yaml", "custom_config_data/bootstrap_nodes.yaml"), "# devnet bootnodes\n" + body + "\n"


@look("cometbft", "persistent_peers")
def n_cmt_config(r):
    peers = ",".join("%s@%s:26656" % (cmt_node_id(r), rip(r)) for _ in range(r.randint(3, 6)))
    seeds = ",".join("%s@seed-%d.%s:26656" % (cmt_node_id(r), i, r.choice(["polkachu.com", "lavenderfive.com", "nodestake.org"])) for i in range(2))
    return pick(r, "config/config.toml", "node/config/config.toml"), T('''# CometBFT node configuration (excerpt)
proxy_app = "tcp://127.0.0.1:26658"
moniker = "«mon»"
db_backend = "goleveldb"
priv_validator_key_file = "config/priv_validator_key.json"
priv_validator_laddr = "tcp://0.0.0.0:26658"
node_key_file = "config/node_key.json"

[p2p]
laddr = "tcp://0.0.0.0:26656"
external_address = "«ext»:26656"
seeds = "«seeds»"
persistent_peers = "«peers»"
max_num_inbound_peers = 40
max_num_outbound_peers = 10

[instrumentation]
prometheus = true
''', mon=r.choice(["nodeops-val", "stakin-sentry-1", "validator-eu"]), ext=rip(r), seeds=seeds, peers=peers)


@look("cometbft", "priv_validator_state")
def n_pv_state(r):
    return pick(r, "data/priv_validator_state.json", "backup/priv_validator_state.json"), T('''{
  "height": "«h»",
  "round": 0,
  "step": 3,
  "signature": "«sig»",
  "signbytes": "«sb»"
}''', h=r.randint(10000000, 22000000), sig=b64(rbytes(r, 64)), sb=rhex(r, 230).upper())


@look("cosmos", "gentx")
def n_gentx(r):
    chain = r.choice(COSMOS)
    hrp = chain[3]
    doc = {"body": {"messages": [{"@type": "/cosmos.staking.v1beta1.MsgCreateValidator",
                                  "description": {"moniker": "nodeops", "identity": rhex(r, 16).upper(), "website": "https://nodeops.dev"},
                                  "commission": {"rate": "0.050000000000000000", "max_rate": "0.200000000000000000", "max_change_rate": "0.010000000000000000"},
                                  "min_self_delegation": "1", "delegator_address": bech32_addr(r, hrp),
                                  "validator_address": bech32_addr(r, hrp + "valoper"),
                                  "pubkey": {"@type": "/cosmos.crypto.ed25519.PubKey", "key": b64(rbytes(r, 32))},
                                  "value": {"denom": chain[4], "amount": "1000000"}}],
                    "memo": "%s@%s:26656" % (cmt_node_id(r), lip(r)), "timeout_height": "0"},
            "auth_info": {"signer_infos": [{"public_key": {"@type": "/cosmos.crypto.secp256k1.PubKey", "key": b64(b"\x02" + rbytes(r, 32))},
                                            "mode_info": {"single": {"mode": "SIGN_MODE_DIRECT"}}, "sequence": "0"}],
                          "fee": {"amount": [], "gas_limit": "200000"}},
            "signatures": [b64(rbytes(r, 64))]}
    return "config/gentx/gentx-%s.json" % rhex(r, 40), json.dumps(doc, indent=2)


@look("cosmos", "validator_ids")
def n_cosmos_runbook(r):
    chain = r.choice(COSMOS)
    cid, binary, home, hrp, den = chain
    return pick(r, "docs/validator-%s.md" % cid, "runbooks/%s.md" % binary), T('''# «cid» validator

| what | value |
| --- | --- |
| operator | `«valoper»` |
| self-delegation account | `«acct»` |
| consensus address | `«valcons»` |
| hex address | `«hexaddr»` |
| node id (sentry-1) | `«nid»` |

Consensus pubkey (`«binary» tendermint show-validator`):

```json
{"@type":"/cosmos.crypto.ed25519.PubKey","key":"«pk»"}
```

Unjail: `«binary» tx slashing unjail --from operator --chain-id «cid» --gas auto --fees 5000«den»`
''', cid=cid, valoper=bech32_addr(r, hrp + "valoper"), acct=bech32_addr(r, hrp),
             valcons=bech32_addr(r, hrp + "valcons"), hexaddr=cmt_addr(r), nid=cmt_node_id(r),
             binary=binary, pk=b64(rbytes(r, 32)), den=den)


@look("bitcoin-core", "rpcauth_hash")
def n_rpcauth(r):
    users = ["lnd", "electrs", "mempool", "btcpay", "monitor"]
    r.shuffle(users)
    lines = ["rpcauth=%s:%s$%s" % (u, rhex(r, 32), rhex(r, 64)) for u in users[:r.randint(2, 4)]]
    return pick(r, "bitcoin/bitcoin.conf", "deploy/bitcoind/bitcoin.conf"), T('''# generated with share/rpcauth/rpcauth.py; passwords live in the vault
server=1
txindex=1
rpcbind=0.0.0.0
rpcallowip=10.0.0.0/8
«lines»
rpcwhitelist=«u0»:getblockchaininfo,getblock,getblockhash,estimatesmartfee
zmqpubrawblock=tcp://0.0.0.0:28332
''', lines="\n".join(lines), u0=lines[0].split("=")[1].split(":")[0])


@look("bitcoin", "xpub_descriptor")
def n_descriptor(r):
    fp = rhex(r, 8)
    x = xpub(r)
    chk = rstr(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 8)
    return pick(r, "wallets/cold-watchonly.json", "treasury/descriptors.json"), json.dumps({
        "wallet_name": "treasury-watch", "descriptors": [
            {"desc": "wpkh([%s/84h/0h/0h]%s/0/*)#%s" % (fp, x, chk), "timestamp": r.randint(1600000000, 1700000000), "active": True, "internal": False, "range": [0, 999], "next": r.randint(10, 200)},
            {"desc": "wpkh([%s/84h/0h/0h]%s/1/*)#%s" % (fp, x, rstr(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 8)), "timestamp": r.randint(1600000000, 1700000000), "active": True, "internal": True, "range": [0, 999], "next": r.randint(10, 200)}]}, indent=2)


@look("lnd", "getinfo_output")
def n_lncli_getinfo(r):
    pk = lnd_node_pub(r)
    return pick(r, "docs/lnd/getinfo.json", "support/lncli-getinfo.json"), json.dumps({
        "version": "0.18.3-beta commit=v0.18.3-beta", "commit_hash": rhex(r, 40), "identity_pubkey": pk,
        "alias": r.choice(["nodeops-ln", "sats-router", "bolt-eu-1"]), "color": "#3399ff",
        "num_pending_channels": 0, "num_active_channels": r.randint(5, 60), "num_inactive_channels": 0,
        "num_peers": r.randint(5, 60), "block_height": r.randint(820000, 880000), "block_hash": "0000000000000000000" + rhex(r, 45),
        "best_header_timestamp": str(r.randint(1700000000, 1730000000)), "synced_to_chain": True, "synced_to_graph": True,
        "chains": [{"chain": "bitcoin", "network": "mainnet"}], "uris": ["%s@%s:9735" % (pk, rip(r))]}, indent=4)


@look("lnd", "channel_points")
def n_lnd_channels(r):
    rows = ["chan_id,channel_point,remote_pubkey,capacity,local_balance"]
    for _ in range(r.randint(5, 12)):
        rows.append("%d,%s:%d,%s,%d,%d" % (r.randint(8 * 10 ** 17, 9 * 10 ** 17), rhex(r, 64), r.randint(0, 3), lnd_node_pub(r), r.choice([1000000, 2000000, 5000000, 10000000]), r.randint(0, 5000000)))
    return pick(r, "reports/channels.csv", "exports/lnd-channels.csv"), "\n".join(rows) + "\n"


@look("lightning", "invoice")
def n_ln_invoice(r):
    t = ts(r)
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append(json.dumps({"ts": t, "level": "info", "msg": "invoice created", "payment_hash": rhex(r, 64),
                                 "bolt11": ln_invoice(r), "amount_sat": r.randint(100, 500000)}))
    return pick(r, "logs/invoices.jsonl", "var/log/shop/lightning.log"), "\n".join(lines) + "\n"


@look("solana", "program_ids")
def n_anchor(r):
    return "Anchor.toml", T('''[toolchain]
anchor_version = "0.30.1"

[features]
resolution = true
skip-lint = false

[programs.localnet]
stake_pool_router = "«p1»"
fee_splitter = "«p2»"

[programs.mainnet]
stake_pool_router = "«p1»"

[registry]
url = "https://api.apr.dev"

[provider]
cluster = "Localnet"
wallet = "~/.config/solana/id.json"

[scripts]
test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts"
''', p1=solana_pub(r), p2=solana_pub(r))


@look("solana", "tx_signatures")
def n_sol_log(r):
    t = ts(r)
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append("[%sZ INFO  solana_vote] vote tx %s landed slot=%d identity=%s" % (t, solana_sig(r), r.randint(280000000, 320000000), solana_pub(r)))
    return pick(r, "logs/vote-monitor.log", "validator/logs/votes.log"), "\n".join(lines) + "\n"


@look("solana", "validator_startup")
def n_sol_start(r):
    kv = "\n".join("  --known-validator %s \\" % solana_pub(r) for _ in range(4))
    return pick(r, "bin/validator.sh", "solana/start-validator.sh"), T('''#!/bin/bash
exec agave-validator \\
  --identity /home/sol/validator-keypair.json \\
  --vote-account /home/sol/vote-account-keypair.json \\
«kv»
  --expected-genesis-hash «gh» \\
  --only-known-rpc \\
  --ledger /mnt/ledger \\
  --accounts /mnt/accounts \\
  --rpc-port 8899 \\
  --dynamic-port-range 8000-8020 \\
  --entrypoint entrypoint.mainnet-beta.solana.com:8001 \\
  --wal-recovery-mode skip_any_corrupted_record \\
  --limit-ledger-size
''', kv=kv, gh=solana_pub(r))


@look("ethereum", "tx_receipt")
def n_receipt(r):
    bh, th = h32(r), h32(r)
    return pick(r, "test/fixtures/receipt.json", "fixtures/deposit-receipt.json"), json.dumps({"jsonrpc": "2.0", "id": 1, "result": {
        "blockHash": bh, "blockNumber": hex(r.randint(18000000, 21000000)), "contractAddress": None,
        "cumulativeGasUsed": hex(r.randint(100000, 9000000)), "effectiveGasPrice": hex(r.randint(10 ** 9, 6 * 10 ** 10)),
        "from": eth_addr(r).lower(), "gasUsed": hex(r.randint(21000, 300000)),
        "logs": [{"address": "0x00000000219ab540356cbb839cbe05303d7705fa", "topics": ["0x" + keccak256(b"DepositEvent(bytes,bytes,bytes,bytes,bytes)").hex()],
                  "data": "0x" + rhex(r, 512), "blockNumber": hex(r.randint(18000000, 21000000)), "transactionHash": th,
                  "transactionIndex": hex(r.randint(0, 200)), "blockHash": bh, "logIndex": hex(r.randint(0, 400)), "removed": False}],
        "logsBloom": "0x" + "0" * 400 + rhex(r, 112), "status": "0x1", "to": "0x00000000219ab540356cbb839cbe05303d7705fa",
        "transactionHash": th, "transactionIndex": hex(r.randint(0, 200)), "type": "0x2"}}, indent=2)


@look("ethereum", "block_header")
def n_block(r):
    return pick(r, "testdata/block_head.json", "fixtures/block.json"), json.dumps({
        "baseFeePerGas": hex(r.randint(10 ** 9, 5 * 10 ** 10)), "blobGasUsed": "0x20000", "difficulty": "0x0",
        "excessBlobGas": "0x0", "extraData": "0x6265617665726275696c642e6f7267", "gasLimit": "0x1c9c380",
        "gasUsed": hex(r.randint(10 ** 6, 3 * 10 ** 7)), "hash": h32(r), "miner": eth_addr(r).lower(),
        "mixHash": h32(r), "nonce": "0x0000000000000000", "number": hex(r.randint(19000000, 21500000)),
        "parentBeaconBlockRoot": h32(r), "parentHash": h32(r), "receiptsRoot": h32(r),
        "sha3Uncles": "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347",
        "size": hex(r.randint(20000, 200000)), "stateRoot": h32(r), "timestamp": hex(r.randint(1700000000, 1730000000)),
        "transactions": [h32(r) for _ in range(r.randint(3, 8))], "transactionsRoot": h32(r),
        "withdrawalsRoot": h32(r)}, indent=2)


@look("ethereum", "keccak_constants")
def n_roles(r):
    roles = ["DEFAULT_ADMIN_ROLE", "PAUSER_ROLE", "MINTER_ROLE", "ORACLE_ROLE", "KEEPER_ROLE", "UPGRADER_ROLE", "OPERATOR_ROLE"]
    evs = ["Transfer(address,address,uint256)", "Approval(address,address,uint256)",
           "DepositEvent(bytes,bytes,bytes,bytes,bytes)", "RewardsDistributed(uint256,uint256)",
           "ValidatorExitRequest(uint256,uint256,uint256,bytes,uint256)"]
    body = ["// generated by scripts/gen-constants.ts, do not edit", ""]
    for ro in roles:
        val = "0x" + ("0" * 64 if ro == "DEFAULT_ADMIN_ROLE" else keccak256(ro.encode()).hex())
        body.append('export const %s = "%s";' % (ro, val))
    body.append("")
    for e in evs:
        body.append('export const TOPIC_%s = "0x%s"; // %s' % (e.split("(")[0].upper(), keccak256(e.encode()).hex(), e))
    return pick(r, "src/generated/constants.ts", "packages/sdk/src/roles.ts"), "\n".join(body) + "\n"


@look("beacon", "validators_csv")
def n_val_csv(r):
    rows = ["index,pubkey,status,balance_gwei,withdrawal_address"]
    w = eth_addr(r)
    for _ in range(r.randint(6, 15)):
        rows.append("%d,%s,active_ongoing,%d,%s" % (r.randint(100000, 1600000), bls_pub(r), r.randint(32000000000, 32090000000), w))
    return pick(r, "reports/validators.csv", "data/cluster-%d.csv" % r.randint(1, 9)), "\n".join(rows) + "\n"


@look("beacon", "beacon_api_response")
def n_beacon_resp(r):
    data = [{"index": str(r.randint(100000, 1600000)), "balance": str(r.randint(32000000000, 32050000000)), "status": "active_ongoing",
             "validator": {"pubkey": bls_pub(r), "withdrawal_credentials": wc(r), "effective_balance": "32000000000",
                           "slashed": False, "activation_eligibility_epoch": str(r.randint(1000, 300000)),
                           "activation_epoch": str(r.randint(1000, 300000)), "exit_epoch": "18446744073709551615",
                           "withdrawable_epoch": "18446744073709551615"}} for _ in range(r.randint(2, 4))]
    return pick(r, "test/fixtures/validators_head.json", "mocks/beacon/validators.json"), json.dumps({"execution_optimistic": False, "finalized": False, "data": data}, indent=2)


@look("ethereum", "chain_spec")
def n_chainspec(r):
    return pick(r, "network-config/config.yaml", "custom_config_data/config.yaml"), T('''# devnet chain spec (excerpt)
PRESET_BASE: mainnet
CONFIG_NAME: nodeops-devnet-«n»
MIN_GENESIS_ACTIVE_VALIDATOR_COUNT: 64
MIN_GENESIS_TIME: «t»
GENESIS_FORK_VERSION: 0x«fv»
GENESIS_DELAY: 60
ALTAIR_FORK_VERSION: 0x«fv2»
ALTAIR_FORK_EPOCH: 0
DEPOSIT_CHAIN_ID: «cid»
DEPOSIT_NETWORK_ID: «cid»
DEPOSIT_CONTRACT_ADDRESS: «dep»
# genesis_validators_root: «gvr»
TERMINAL_BLOCK_HASH: 0x0000000000000000000000000000000000000000000000000000000000000000
''', n=r.randint(1, 30), t=r.randint(1700000000, 1730000000), fv=rhex(r, 8), fv2=rhex(r, 8),
             cid=r.randint(3000000, 9000000), dep=eth_addr(r), gvr=h32(r))


@look("docker", "image_digests")
def n_dockerfile(r):
    return pick(r, "Dockerfile", "docker/validator.Dockerfile"), T('''FROM rust:1.81-bookworm@sha256:«d1» AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked -p keeper

FROM debian:bookworm-slim@sha256:«d2»
ARG LH_VERSION=v5.3.0
ARG LH_SHA256=«d3»
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -o /tmp/lh.tar.gz https://github.com/sigp/lighthouse/releases/download/${LH_VERSION}/lighthouse-${LH_VERSION}-x86_64-unknown-linux-gnu.tar.gz \\
 && echo "${LH_SHA256}  /tmp/lh.tar.gz" | sha256sum -c - \\
 && tar -xzf /tmp/lh.tar.gz -C /usr/local/bin && rm /tmp/lh.tar.gz
COPY --from=build /src/target/release/keeper /usr/local/bin/keeper
USER 10001
ENTRYPOINT ["/usr/local/bin/keeper"]
''', d1=rhex(r, 64), d2=rhex(r, 64), d3=rhex(r, 64))


@look("go", "go_sum")
def n_gosum(r):
    mods = [("github.com/ethereum/go-ethereum", "v1.14.11"), ("github.com/prysmaticlabs/prysm/v5", "v5.1.2"),
            ("github.com/holiman/uint256", "v1.3.1"), ("github.com/cometbft/cometbft", "v0.38.12"),
            ("github.com/prometheus/client_golang", "v1.20.4"), ("github.com/supranational/blst", "v0.3.13"),
            ("golang.org/x/crypto", "v0.28.0"), ("github.com/libp2p/go-libp2p", "v0.36.5")]
    out = []
    for m, v in mods:
        out.append("%s %s h1:%s" % (m, v, b64(rbytes(r, 32))))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64(rbytes(r, 32))))
    return "go.sum", "\n".join(out) + "\n"


@look("rust", "cargo_lock")
def n_cargolock(r):
    pk = [("alloy-primitives", "0.8.5"), ("blst", "0.3.13"), ("k256", "0.13.4"), ("secp256k1", "0.29.1"),
          ("tokio", "1.40.0"), ("ed25519-dalek", "2.1.1"), ("bip39", "2.1.0")]
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for n, v in pk:
        out += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % v,
                'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % rhex(r, 64), ""]
    return "Cargo.lock", "\n".join(out)


@look("npm", "package_lock_integrity")
def n_npmlock(r):
    pk = [("ethers", "6.13.4"), ("@noble/curves", "1.6.0"), ("@solana/web3.js", "1.95.4"), ("bs58", "6.0.0"), ("@scure/bip39", "1.4.0")]
    packages = {"": {"name": "ops-bots", "version": "0.3.0"}}
    for n, v in pk:
        packages["node_modules/" + n] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], v),
                                         "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    return "package-lock.json", json.dumps({"name": "ops-bots", "version": "0.3.0", "lockfileVersion": 3, "requires": True, "packages": packages}, indent=2)


@look("grafana", "dashboard_uids")
def n_dashboard(r):
    return pick(r, "monitoring/dashboards/validators.json", "grafana/dashboards/beacon.json"), json.dumps({
        "uid": rstr(r, ALNUM, 9), "title": "Validators overview", "version": r.randint(3, 40), "schemaVersion": 39,
        "panels": [{"id": i, "type": r.choice(["timeseries", "stat", "table"]), "title": t,
                    "datasource": {"type": "prometheus", "uid": rstr(r, ALNUM, 14)},
                    "targets": [{"expr": e, "refId": "A"}]} for i, (t, e) in enumerate([
                        ("Head slot", "beacon_head_slot"), ("Peers", "libp2p_peers"),
                        ("Missed attestations", "increase(validator_monitor_unaggregated_attestation_total{result=\"missed\"}[1h])")])],
        "templating": {"list": [{"name": "instance", "type": "query", "datasource": {"uid": rstr(r, ALNUM, 14)}}]}}, indent=2)


@look("ssv", "operator_public_key")
def n_ssv_pub(r):
    pem = "-----BEGIN RSA PUBLIC KEY-----\n" + "\n".join(pem_body_lines(r, 270, bytes.fromhex("3082010a0282010100"))) + "\n-----END RSA PUBLIC KEY-----\n"
    return pick(r, "ssv/operator.yaml", "docs/ssv-operator.md"), T('''# public operator registration data (safe to share)
operator_id: «oid»
owner_address: "«owner»"
public_key: «pub»
fee_ssv_per_year: "1.0"
''', oid=r.randint(1, 1500), owner=eth_addr(r), pub=b64(pem.encode()))


@look("walletconnect", "public_project_id")
def n_wagmi(r):
    return pick(r, "src/wagmi.ts", "app/config/wallet.ts"), T('''import { getDefaultConfig } from "@rainbow-me/rainbowkit";
import { mainnet, holesky } from "wagmi/chains";

// WalletConnect Cloud project id: public, shipped to every browser
export const config = getDefaultConfig({
  appName: "Staking dashboard",
  projectId: "«pid»",
  chains: [mainnet, holesky],
  ssr: true,
});

export const DEPOSIT_CONTRACT = "0x00000000219ab540356cBB839Cbe05303d7705Fa";
export const FEE_RECIPIENT = "«fr»";
''', pid=rhex(r, 32), fr=eth_addr(r))


@look("cosmos", "chain_registry")
def n_chain_json(r):
    chain = r.choice(COSMOS)
    return "chain.json", json.dumps({"chain_name": chain[3], "chain_id": chain[0], "bech32_prefix": chain[3],
                                     "daemon_name": chain[1], "node_home": "$HOME/" + chain[2],
                                     "codebase": {"recommended_version": "v19.2.0", "genesis": {"genesis_url": "https://snapshots.example.net/%s/genesis.json" % chain[0]}},
                                     "peers": {"seeds": [{"id": cmt_node_id(r), "address": "%s:26656" % rip(r)} for _ in range(2)],
                                               "persistent_peers": [{"id": cmt_node_id(r), "address": "%s:26656" % rip(r)} for _ in range(3)]},
                                     "apis": {"rpc": [{"address": "https://rpc.%s.nodeops.dev"}]}}, indent=2).replace("%s.nodeops", chain[3] + ".nodeops")


@look("obol", "cluster_lock")
def n_obol_lock(r):
    ops = [{"address": eth_addr(r), "enr": enr(r), "config_signature": "0x" + rhex(r, 130), "enr_signature": "0x" + rhex(r, 130)} for _ in range(4)]
    vals = [{"distributed_public_key": bls_pub(r), "public_shares": [bls_pub(r) for _ in range(4)],
             "deposit_data": {"pubkey": bls_pub(r), "withdrawal_credentials": wc(r), "amount": "32000000000", "signature": bls_sig(r)}} for _ in range(r.randint(1, 2))]
    return pick(r, ".charon/cluster-lock.json", "cluster/cluster-lock.json"), json.dumps({
        "cluster_definition": {"name": "nodeops-dv-%d" % r.randint(1, 9), "uuid": uuid4(r).upper(), "version": "v1.8.0",
                               "num_validators": len(vals), "threshold": 3, "fork_version": "0x00000000", "operators": ops,
                               "config_hash": h32(r), "definition_hash": h32(r)},
        "distributed_validators": vals, "signature_aggregate": bls_sig(r), "lock_hash": h32(r)}, indent=2)


@look("lido", "keys_api_response")
def n_lido_keys(r):
    keys = [{"key": bls_pub(r), "depositSignature": bls_sig(r), "operatorIndex": r.randint(0, 38), "used": r.random() < 0.8,
             "moduleAddress": eth_addr(r)} for _ in range(r.randint(2, 5))]
    return pick(r, "test/fixtures/keys-api.json", "mocks/kapi/keys.json"), json.dumps({"data": keys, "meta": {"elBlockSnapshot": {"blockNumber": r.randint(19000000, 21000000), "blockHash": h32(r), "timestamp": r.randint(1700000000, 1730000000)}}}, indent=2)


@look("web3signer", "keystore_config_paths")
def n_w3s_keystore(r):
    pk = bls_pub(r)
    return "web3signer/keys/%s.yaml" % pk[:18], T('''type: "file-keystore"
keyType: "BLS"
keystoreFile: "/var/lib/web3signer/keystores/keystore-«pk».json"
keystorePasswordFile: "/var/lib/web3signer/passwords/«pk».txt"
''', pk=pk[2:])


@look("teku", "validator_key_paths")
def n_teku_cmd(r):
    return pick(r, "teku/docker-compose.yml", "deploy/teku.yml"), T('''services:
  teku:
    image: consensys/teku:24.10.3
    command:
      - --network=«net»
      - --data-path=/data
      - --ee-endpoint=http://execution:8551
      - --ee-jwt-secret-file=/secrets/jwt.hex
      - --validator-keys=/keys/keystores:/keys/passwords
      - --validators-proposer-default-fee-recipient=«fr»
      - --validators-graffiti=nodeops
      - --metrics-enabled=true
    volumes:
      - ./data:/data
      - ./validator_keys:/keys:ro
      - ./jwtsecret:/secrets:ro
''', net=r.choice(NETS), fr=eth_addr(r))


@look("prometheus", "alert_rules")
def n_alert_rules(r):
    return pick(r, "monitoring/rules/validators.yml", "prometheus/rules/eth.yml"), T('''groups:
  - name: validators
    rules:
      - alert: ValidatorMissedAttestations
        expr: increase(validator_monitor_unaggregated_attestation_total{result="missed",validator="«pk»"}[30m]) > 2
        for: 5m
        labels: { severity: page }
        annotations:
          summary: "validator «short» missed attestations"
          runbook: https://wiki.nodeops.dev/validators/missed
      - alert: BeaconNodeBehind
        expr: beacon_head_slot < on() (time() - «gt») / 12 - 8
        for: 10m
        labels: { severity: warn }
''', pk=bls_pub(r), short=rhex(r, 8), gt=r.randint(1600000000, 1700000000))


@look("lighthouse", "beacon_logs")
def n_lh_logs(r):
    t = ts(r)
    lines = []
    for _ in range(r.randint(6, 10)):
        k = r.random()
        if k < 0.4:
            lines.append("%s INFO Synced  peers: \"%d\", exec_hash: \"0x%s… (verified)\", finalized_root: 0x%s…, epoch: %d, block: 0x%s…, slot: %d, service: slot_notifier" % (
                t, r.randint(40, 110), rhex(r, 8), rhex(r, 8), r.randint(200000, 330000), rhex(r, 8), r.randint(6000000, 10500000)))
        elif k < 0.7:
            lines.append("%s DEBG Peer connected  peer_id: %s, connection: Incoming, service: libp2p" % (t, peer_id(r)))
        else:
            lines.append("%s INFO New block received  root: %s, slot: %d" % (t, h32(r), r.randint(6000000, 10500000)))
    return pick(r, "logs/beacon.log", "support/lighthouse-bn.log"), "\n".join(lines) + "\n"


@look("geth", "geth_logs")
def n_geth_logs(r):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append("INFO [%s] Imported new potential chain segment number=%d hash=%s blocks=1 txs=%d mgas=%.3f elapsed=%dms mgasps=%.3f triedirty=%.2fMiB" % (
            ts(r)[5:].replace("T", "|"), r.randint(19000000, 21500000), h32(r)[:6] + ".." + rhex(r, 6), r.randint(50, 300), r.random() * 30, r.randint(40, 900), r.random() * 200, r.random() * 900))
        lines.append("INFO [%s] Chain head was updated                   number=%d hash=%s root=%s" % (
            ts(r)[5:].replace("T", "|"), r.randint(19000000, 21500000), h32(r)[:6] + ".." + rhex(r, 6), h32(r)[:6] + ".." + rhex(r, 6)))
    return pick(r, "logs/geth.log", "support/el-node.log"), "\n".join(lines) + "\n"


@look("ethereum", "address_allowlist")
def n_allowlist(r):
    return pick(r, "config/fee-recipients.json", "policy/allowlist.json"), json.dumps({
        "description": "addresses the sweeper may send to", "chainId": 1,
        "allow": [{"label": l, "address": eth_addr(r)} for l in ["treasury-safe", "rewards-splitter", "ops-multisig", "lido-el-vault"]]}, indent=2)


@look("ethereum", "runbook_no_secrets")
def n_runbook_jwt(r):
    return pick(r, "docs/runbooks/engine-jwt.md", "RUNBOOK-node.md"), T('''# Engine API JWT

Both clients must read the same file. Create it once per host:

```bash
openssl rand -hex 32 | tr -d "\\n" > /var/lib/ethereum/jwt.hex
chmod 640 /var/lib/ethereum/jwt.hex
```

- geth: `--authrpc.jwtsecret /var/lib/ethereum/jwt.hex`
- lighthouse: `--execution-jwt /var/lib/ethereum/jwt.hex`

Keystore passwords are never typed on the host: they are rendered by the vault agent into
`/var/lib/lighthouse/secrets/<pubkey>` (see `deploy/vault-agent.hcl`).

Fork digest for «net» after the last upgrade: `0x«fd»`; deposit contract `«dep»`.
''', net=r.choice(NETS), fd=rhex(r, 8), dep=eth_addr(r))


@look("aws", "kms_terraform")
def n_kms_tf(r):
    acct = r.randint(10 ** 11, 10 ** 12 - 1)
    return pick(r, "terraform/kms.tf", "infra/aws/signer-kms.tf"), T('''resource "aws_kms_key" "signer" {
  description              = "secp256k1 signer for the oracle"
  customer_master_key_spec = "ECC_SECG_P256K1"
  key_usage                = "SIGN_VERIFY"
  deletion_window_in_days  = 30
}

resource "aws_kms_alias" "signer" {
  name          = "alias/oracle-signer"
  target_key_id = aws_kms_key.signer.key_id
}

data "aws_iam_policy_document" "signer_use" {
  statement {
    actions   = ["kms:Sign", "kms:GetPublicKey"]
    resources = ["arn:aws:kms:«reg»:«acct»:key/«kid»"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::«acct»:role/oracle-runner"]
    }
  }
}
''', reg=r.choice(["eu-central-1", "us-east-1"]), acct=acct, kid=uuid4(r))


@look("hashicorp-vault", "vault_agent_config")
def n_vault_agent(r):
    return pick(r, "deploy/vault-agent.hcl", "vault/agent.hcl"), T('''pid_file = "/run/vault-agent.pid"

vault {
  address = "https://vault.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id"
    }
  }
  sink "file" {
    config = { path = "/run/vault/token", mode = 0400 }
  }
}

template {
  source      = "/etc/vault/templates/keystore-password.ctmpl"
  destination = "/var/lib/lighthouse/secrets/«pk»"
  perms       = "0600"
}
''', pk=bls_pub(r))


@look("eip-3076", "slashing_interchange")
def n_interchange(r):
    data = [{"pubkey": bls_pub(r), "signed_blocks": [{"slot": str(r.randint(8000000, 10000000)), "signing_root": h32(r)}],
             "signed_attestations": [{"source_epoch": str(e), "target_epoch": str(e + 1), "signing_root": h32(r)} for e in [r.randint(250000, 300000)]]}
            for _ in range(r.randint(1, 3))]
    return pick(r, "backup/slashing-protection.json", "migrations/interchange.json"), json.dumps({
        "metadata": {"interchange_format_version": "5", "genesis_validators_root": "0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95"},
        "data": data}, indent=2)


@look("bip39", "test_vector")
def n_bip39_vec(r):
    m = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
    seed = hashlib.pbkdf2_hmac("sha512", m.encode(), b"mnemonicTREZOR", 2048).hex()
    return pick(r, "tests/test_bip39_vectors.py", "test/bip39_test.py"), T('''"""Official BIP-39 test vector (passphrase TREZOR); public, used to check our derivation."""
import hashlib
import unicodedata

VECTOR = {
    "entropy": "00000000000000000000000000000000",
    "mnemonic": "«m»",
    "seed": "«seed»",
}


def to_seed(mnemonic, passphrase=""):
    m = unicodedata.normalize("NFKD", mnemonic).encode()
    salt = unicodedata.normalize("NFKD", "mnemonic" + passphrase).encode()
    return hashlib.pbkdf2_hmac("sha512", m, salt, 2048)


def test_vector():
    assert to_seed(VECTOR["mnemonic"], "TREZOR").hex() == VECTOR["seed"]
''', m=m, seed=seed)


@look("ethereum", "tx_csv")
def n_tx_csv(r):
    rows = ["hash,block,from,to,value_eth,gas_used"]
    for _ in range(r.randint(6, 14)):
        rows.append("%s,%d,%s,%s,%.6f,%d" % (h32(r), r.randint(19000000, 21500000), eth_addr(r), eth_addr(r), r.random() * 40, r.randint(21000, 250000)))
    return pick(r, "exports/withdrawals.csv", "reports/sweeps-2024.csv"), "\n".join(rows) + "\n"


@look("release", "sha256sums")
def n_sha256sums(r):
    files = ["lighthouse-v5.3.0-x86_64-unknown-linux-gnu.tar.gz", "geth-linux-amd64-1.14.11.tar.gz",
             "mev-boost_1.8.1_linux_amd64.tar.gz", "web3signer-25.2.0.tar.gz", "tmkms-0.14.0-x86_64.tar.gz"]
    return pick(r, "bin/SHA256SUMS", "vendor/checksums.txt"), "".join("%s  %s\n" % (rhex(r, 64), f) for f in files)


@look("hardhat", "deployment_artifact")
def n_deploy_json(r):
    return "deployments/%s/FeeSplitter.json" % r.choice(["mainnet", "holesky"]), json.dumps({
        "address": eth_addr(r), "transactionHash": h32(r), "receipt": {"blockNumber": r.randint(19000000, 21000000), "gasUsed": str(r.randint(400000, 2000000)), "status": 1},
        "args": [eth_addr(r), str(r.randint(100, 1000))], "numDeployments": 1, "solcInputHash": rhex(r, 32),
        "bytecode": "0x608060405234801561001057600080fd5b50" + rhex(r, 200),
        "metadata": "{\"compiler\":{\"version\":\"0.8.24+commit.e11b9ed9\"}}"}, indent=2)


@look("helm", "existing_secret_refs")
def n_helm_refs(r):
    return pick(r, "charts/validator/values.yaml", "deploy/helm/validator-values.yaml"), T('''validator:
  client: lighthouse
  network: «net»
  beaconNodes:
    - http://beacon-0.beacon:5052
    - http://beacon-1.beacon:5052
  feeRecipient: "«fr»"
  keystores:
    existingSecret: validator-keystores
    passwordsSecretKey: passwords
  web3signer:
    enabled: false
    url: http://web3signer:9000

jwt:
  existingSecret: engine-jwt
  key: jwt.hex

podAnnotations:
  checksum/config: «chk»
''', net=r.choice(NETS), fr=eth_addr(r), chk=rhex(r, 64))


@look("node-ops", "env_example")
def n_env_example(r):
    return pick(r, ".env.example", ".env.sample", "deploy/.env.template"), T('''# copy to .env and fill in; never commit the real file
NETWORK=«net»
EXECUTION_CLIENT=reth
CONSENSUS_CLIENT=lighthouse
FEE_RECIPIENT=«fr»
GRAFFITI=nodeops
ALCHEMY_API_KEY=
INFURA_API_KEY=
QUICKNODE_URL=
KEYSTORE_PASSWORD=
TELEGRAM_BOT_TOKEN=
''', net=r.choice(NETS), fr=eth_addr(r))


@look("logging", "trace_ids")
def n_json_logs(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append(json.dumps({"ts": ts(r) + "Z", "level": "info", "msg": "rpc request", "method": r.choice(["eth_call", "eth_getLogs", "eth_blockNumber"]),
                                 "upstream": r.choice(["reth-0", "reth-1", "erigon-archive"]), "request_id": uuid4(r), "trace_id": rhex(r, 32),
                                 "span_id": rhex(r, 16), "latency_ms": r.randint(2, 900)}))
    return pick(r, "logs/rpc-gateway.jsonl", "var/log/erpc.log"), "\n".join(lines) + "\n"


@look("cosmos", "broadcast_tx")
def n_cosmos_tx(r):
    return pick(r, "test/fixtures/broadcast.json", "docs/examples/broadcast-response.json"), json.dumps({
        "tx_response": {"height": str(r.randint(15000000, 22000000)), "txhash": rhex(r, 64).upper(), "codespace": "", "code": 0,
                        "gas_wanted": "250000", "gas_used": str(r.randint(90000, 240000)), "timestamp": ts(r) + "Z"},
        "tx_bytes": b64(b"\x0a" + rbytes(r, r.randint(180, 260)))}, indent=2)


@look("bitcoin", "unsigned_psbt")
def n_psbt(r):
    return pick(r, "docs/treasury/psbt-flow.md", "runbooks/cold-spend.md"), T('''# Cold spend (2-of-3)

1. Coordinator builds the PSBT with `bitcoin-cli -rpcwallet=treasury-watch walletcreatefundedpsbt`.
2. Export it to the signers (it contains no keys):

```
«psbt»
```

3. Each signer verifies outputs on the device screen, signs, returns the partially signed PSBT.
4. `bitcoin-cli combinepsbt`, `finalizepsbt`, `sendrawtransaction`.

Change goes to `«addr»`.
''', psbt=b64(b"psbt\xff" + rbytes(r, r.randint(200, 320))), addr=btc_segwit(r))


@look("ssh", "authorized_keys")
def n_authorized_keys(r):
    keys = []
    for who in ["alice@ops", "bob@laptop", "ci-deployer", "oncall@yubikey"]:
        if r.random() < 0.6:
            keys.append("ssh-ed25519 %s %s" % (b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)), who))
        else:
            keys.append("ssh-rsa %s %s" % (b64(b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x81\x00" + rbytes(r, 384)), who))
    return pick(r, "ansible/files/authorized_keys", "deploy/ssh/authorized_keys"), "\n".join(keys) + "\n"


@look("tls", "certificate")
def n_cert(r):
    body = pem_body_lines(r, r.randint(700, 1100), bytes.fromhex("308203"))
    return pick(r, "deploy/nginx/certs/rpc.crt", "certs/ca.pem"), "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----\n"


@look("nginx", "rpc_proxy_config")
def n_nginx(r):
    return pick(r, "deploy/nginx/rpc.conf", "nginx/conf.d/rpc.conf"), T('''upstream el_rpc {
    least_conn;
    server «a»:8545 max_fails=3 fail_timeout=10s;
    server «b»:8545 max_fails=3 fail_timeout=10s;
}

limit_req_zone $binary_remote_addr zone=rpc:10m rate=50r/s;

server {
    listen 443 ssl http2;
    server_name rpc.«dom»;
    ssl_certificate     /etc/nginx/certs/rpc.crt;
    ssl_certificate_key /etc/nginx/certs/rpc.key;

    location / {
        limit_req zone=rpc burst=100 nodelay;
        auth_basic "rpc";
        auth_basic_user_file /etc/nginx/htpasswd;
        proxy_pass http://el_rpc;
        proxy_set_header Host $host;
    }
}
''', a=lip(r), b=lip(r), dom=r.choice(["nodeops.dev", "example.net", "chainops.io"]))


@look("ethereum", "vanity_key_derivation_test")
def n_hd_paths(r):
    rows = "\n".join("    (%d, \"%s\")," % (i, eth_addr(r)) for i in range(5))
    return pick(r, "tests/test_addresses.py", "tests/fixtures_addresses.py"), T('''"""Expected addresses for the ledger-derived hot wallets (public; keys stay on the device)."""
DERIVATION = "m/44'/60'/0'/0/{i}"
EXPECTED = [
«rows»
]
''', rows=rows)


@look("ethereum-staking", "withdrawal_credentials_sql")
def n_sql(r):
    vals = ",\n".join("  (%d, '%s', '%s', %s)" % (r.randint(100000, 1600000), bls_pub(r), wc(r), r.choice(["true", "false"])) for _ in range(r.randint(3, 7)))
    return pick(r, "db/migrations/0007_seed_validators.sql", "sql/seed_validators.sql"), T('''CREATE TABLE IF NOT EXISTS validators (
  idx BIGINT PRIMARY KEY,
  pubkey TEXT NOT NULL UNIQUE,
  withdrawal_credentials TEXT NOT NULL,
  active BOOLEAN NOT NULL DEFAULT true
);

INSERT INTO validators (idx, pubkey, withdrawal_credentials, active) VALUES
«vals»;
''', vals=vals)


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
ENV_RE = re.compile(r"^\.env(\..+)?$")
ENV_OK_FOR_NEG = {".env.example", ".env.sample", ".env.template"}


def is_env_name(path):
    return bool(ENV_RE.match(os.path.basename(path)))


def filetype(path):
    base = os.path.basename(path)
    if is_env_name(base):
        return "env"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base.startswith("docker-compose") or base.startswith("compose"):
        return "compose-" + base.rsplit(".", 1)[-1]
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1]
    return "text"


def needle_line(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def negval_cat(spec_item):
    k, _, arg = spec_item.partition(":")
    if k == "lit":
        return "documented_example" if arg in DOC_VALUES else "placeholder"
    return {"envg": "env_reference", "vaultg": "secret_manager_reference","ph": "placeholder", "mask": "masked", "empty": "empty", "env": "env_reference",
            "jsenv": "env_reference", "tpl": "template_expression", "gha": "template_expression",
            "vault": "secret_manager_reference", "lit": "documented_example_or_placeholder"}[k]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fh.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60, (len(POS), len(NEG))

    # ---- positives -------------------------------------------------------------------------
    order, env_used, i = [], 0, 0
    while i < N_POS:
        if not order:
            order = POS[:]
            r.shuffle(order)
        t = order.pop()
        v = t["gen"](r)
        res = t["render"](r, v, False)
        path, text = res[0], res[1]
        needle = res[2] if len(res) > 2 else v
        if is_env_name(path):
            if env_used >= N_POS // 20 - 5:
                continue
            env_used += 1
        assert needle and needle in text, (t["name"], needle)
        line = needle_line(text, needle)
        assert needle in text.split("\n")[line - 1], t["name"]
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": line})
        i += 1

    # ---- negatives -------------------------------------------------------------------------
    plan = ["reuse"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(plan)
    order_p, order_n = [], []
    for j, mode in enumerate(plan):
        while True:
            if mode == "reuse":
                if not order_p:
                    order_p = POS[:]
                    r.shuffle(order_p)
                t = order_p.pop()
                item = r.choice(t["negs"])
                v = negval(r, [item])
                res = t["render"](r, v, True)
                path, text = res[0], res[1]
                provider, kind = t["provider"], "not_secret:" + negval_cat(item)
                tname = t["name"] + "#neg"
            else:
                if not order_n:
                    order_n = NEG[:]
                    r.shuffle(order_n)
                t = order_n.pop()
                path, text = t["render"](r)
                provider, kind, tname = t["provider"], "lookalike:" + t["kind"], t["name"]
            base = os.path.basename(path)
            if is_env_name(base) and base not in ENV_OK_FOR_NEG:
                continue
            break
        rel = "neg/n%04d/%s" % (j, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(path), "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")

    # ---- self-check: re-read what was written ----------------------------------------------
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    assert sum(1 for m in manifest if m["label"] == "pos") == N_POS
    assert sum(1 for m in manifest if m["label"] == "neg") == N_NEG
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
