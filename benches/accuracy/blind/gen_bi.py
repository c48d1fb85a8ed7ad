"""gen_bi.py - blind evaluation-set generator for a git pre-commit secret scanner.

EMPHASIS: web3 / smart-contract developer tooling.  Hardhat (config, `vars`,
vars.json), Foundry (foundry.toml, forge/cast command lines, Deploy.s.sol,
keystores, broadcast logs), Truffle (HDWalletProvider), Brownie, Ape,
Anchor/Solana (id.json keypair arrays, base58 secret keys, Anchor.toml),
CosmJS/CosmWasm mnemonics, Aptos (.aptos/config.yaml) and Sui (sui.keystore,
suiprivkey bech32), RPC providers (Infura, Alchemy, QuickNode, Ankr,
Chainstack, Helius, Tenderly), explorers (Etherscan/Polygonscan/BscScan/
Arbiscan/Basescan), IPFS pinning (Pinata JWT + API secret, web3.storage,
NFT.Storage, Storacha agent keys, Filebase), Thirdweb, Biconomy, Gelato,
OpenZeppelin Defender, Moralis, The Graph, CoinMarketCap (gas reporter),
OpenSea, Chainlink node .api/.password/secrets.toml/config.toml and
validator keystore passwords.

USAGE
    python3 gen_bi.py OUTDIR SEED
Deterministic per SEED (only random.Random(SEED) is used).  Writes
    OUTDIR/pos/pNNNN/<relative path>   500 files, exactly one credential each
    OUTDIR/neg/nNNNN/<relative path>   500 files, innocent look-alikes only
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for every positive
and finishes with a self-check (needle on stated line, no positive needle in
any negative, unique needles) plus counts of providers / kinds / file types.
Exit status 1 if the self-check fails.

NEEDLE CONVENTIONS
  * needle = the secret substring exactly as written; line = 1-based line of
    its first occurrence (all needles are single-line).
  * EVM private keys: with the 0x prefix when the file writes it, bare 64 hex
    otherwise (Go HexToECDSA, some .env files).
  * Mnemonics: the full space-separated phrase (12 or 24 words with a valid
    BIP-39 checksum from the English list embedded below).
  * Solana keypair JSON: the whole `[n,n,...]` array (64 bytes: seed||pubkey,
    pubkey really derived with Ed25519).  Base58 secret key: 64-byte base58.
  * Keys inside URLs (Alchemy /v2/<key>, Infura /v3/<id>, QuickNode token,
    Ankr, Chainstack, Helius ?api-key=, Tenderly gateway, The Graph gateway,
    Biconomy paymaster): ONLY the key part, not the URL.
  * Pairs (Pinata api key + secret, Defender key + secret, Filebase access
    key + secret, Infura id + secret): the needle is the SECRET half; the
    public/id half may also appear in the same file.
  * JWTs (Pinata, Moralis, web3.storage, NFT.Storage): the full h.p.s token.
  * Passwords (Chainlink .api/.password/DB, keystore passwords): the password.
  * A few real formats are intrinsically shorter than 5 lines and are kept
    that way for realism: solana id.json (1 line), Chainlink .api (2) and
    .password (1), sui.keystore (3), truffle `.secret` (1), validator
    password.txt (1); negatives: geth/EIP-2335 keystores (1-line JSON).

DECISIONS (labels)
  * Infura project id (a.k.a. "API key", 32 hex in https://<net>.infura.io/v3/<id>)
    is labelled POSITIVE: it is the only credential needed to spend the
    account's request quota unless the optional API-key secret / allowlists
    are enabled.  WalletConnect/Reown project ids and Thirdweb client ids
    (also 32 hex) are NEGATIVE: the providers document them as public,
    browser-shipped identifiers.
  * The published Hardhat/Anvil default accounts (from the `test test ...
    junk` mnemonic), the Ganache `-d` mnemonic, the EIP-155 example key
    0x4646..46, private key 1 and the BIP-39 reference test vectors are
    NEGATIVE (public test material; the tools print them at start-up).
  * Alchemy's `demo` key and keyless public RPC endpoints are NEGATIVE.
  * Ciphertext (web3 v3 keystores, EIP-2335 keystores, SOPS, SealedSecrets,
    KMS blobs) is NEGATIVE even though it is random-looking.
  * Random bytes32 values that are not keys (tx/block hashes, Merkle roots,
    salts, topics, EIP-1967 slots, Sui object ids, Aptos addresses, VRF key
    hashes) are NEGATIVE; they are the hardest look-alikes of a raw private key.

NEGATIVES: references in each file type's own syntax (${VAR}, ${{ secrets.X }},
vars.get(), process.env, vm.envUint, os.environ, $(op read ...)), human
placeholders, masked/truncated values, public ids, addresses (EIP-55),
hashes/topics/selectors/slots, calldata, signatures, uncompressed public keys,
Solana/Aptos/Sui/Cosmos public identifiers, IPFS CIDs, ENS names, encrypted
keystores and ciphertext, published test keys, verification GUIDs, npm
integrity hashes - mostly under the same variable names as the positives.

DOUBTS (formats I am unsure of)
  * Alchemy key alphabet/length: 32 chars of [A-Za-z0-9_-] from memory of
    real keys; not confirmed in Alchemy docs.
  * Thirdweb secret key: modelled as 86 chars of base64url; the docs found
    only say "secret key", not its shape.
  * Gelato relay sponsor API key: modelled as 43-char base64url (32 random
    bytes); no doc found.
  * OpenZeppelin Defender: API key 32 alnum + secret 64 alnum (memory).
  * Tenderly access key 32 alnum; Tenderly gateway key shape assumed equal.
  * Chainstack key 32 hex in core.chainstack.com / p2pify.com URLs (memory).
  * Ankr premium key 64 hex in rpc.ankr.com/<chain>/<key> (memory).
  * Moralis API key as an HS256 JWT with nonce/orgId/userId/typeId/type claims
    (newer keys); older 64-char alnum keys are not generated.
  * Pinata JWT claims (userInformation, scopedKeyKey 20 hex, scopedKeySecret
    64 hex) from memory of decoded tokens; signature is random.
  * web3.storage / NFT.Storage legacy JWT claims (sub did:ethr, iss
    web3-storage / nft-storage) from memory.
  * Storacha agent key: 'M' + base64pad(varint 0x1300 ed25519-priv || seed ||
    varint 0xed ed25519-pub || pub); derived from multiformats knowledge.
  * Biconomy paymaster key "<9 alnum>.<uuid>" (memory of dashboard keys).
  * The Graph Studio deploy key and gateway API key: 32 hex (memory).
  * OpenSea API key 32 hex; CoinMarketCap key is a UUID (memory).
  * Aptos private key is emitted both in AIP-80 form (ed25519-priv-0x...) and
    in the older bare 0x-hex form; the account address = sha3-256(pub||0x00).
  * Sui: sui.keystore entries are base64(flag||32-byte key) (legacy form, still
    written by the CLI as far as I know); suiprivkey1... is bech32 (BIP-173)
    of flag||key, as the Mysten SDK docs state.
  * Chainlink .password rules (>=16 chars, 3 classes) are approximated by
    human-style passwords; .api/DB passwords are human-style too.
  * Encrypted keystores use random ciphertext/MAC (not a real scrypt run);
    structurally identical to real ones.
"""

import base64
import hashlib
import json
import os
import random
import sys
import zlib

# BIP-39 English word list (2048 words, canonical order; sha256 of the
# newline-joined file is checked at start-up).
_BIP39_TEXT = """
abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid
acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance
advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album
alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among
amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique
anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor
army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume
asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado
avoid awake aware away awesome awful awkward axis baby bachelor bacon badge bag balance balcony ball
bamboo banana banner bar barely bargain barrel base basic basket battle beach bean beauty because become
beef before begin behave behind believe below belt bench benefit best betray better between beyond bicycle
bid bike bind biology bird birth bitter black blade blame blanket blast bleak bless blind blood
blossom blouse blue blur blush board boat body boil bomb bone bonus book boost border boring
borrow boss bottom bounce box boy bracket brain brand brass brave bread breeze brick bridge brief
bright bring brisk broccoli broken bronze broom brother brown brush bubble buddy budget buffalo build bulb
bulk bullet bundle bunker burden burger burst bus business busy butter buyer buzz cabbage cabin cable
cactus cage cake call calm camera camp can canal cancel candy cannon canoe canvas canyon capable
capital captain car carbon card cargo carpet carry cart case cash casino castle casual cat catalog
catch category cattle caught cause caution cave ceiling celery cement census century cereal certain chair chalk
champion change chaos chapter charge chase chat cheap check cheese chef cherry chest chicken chief child
chimney choice choose chronic chuckle chunk churn cigar cinnamon circle citizen city civil claim clap clarify
claw clay clean clerk clever click client cliff climb clinic clip clock clog close cloth cloud
clown club clump cluster clutch coach coast coconut code coffee coil coin collect color column combine
come comfort comic common company concert conduct confirm congress connect consider control convince cook cool copper
copy coral core corn correct cost cotton couch country couple course cousin cover coyote crack cradle
craft cram crane crash crater crawl crazy cream credit creek crew cricket crime crisp critic crop
cross crouch crowd crucial cruel cruise crumble crunch crush cry crystal cube culture cup cupboard curious
current curtain curve cushion custom cute cycle dad damage damp dance danger daring dash daughter dawn
day deal debate debris decade december decide decline decorate decrease deer defense define defy degree delay
deliver demand demise denial dentist deny depart depend deposit depth deputy derive describe desert design desk
despair destroy detail detect develop device devote diagram dial diamond diary dice diesel diet differ digital
dignity dilemma dinner dinosaur direct dirt disagree discover disease dish dismiss disorder display distance divert divide
divorce dizzy doctor document dog doll dolphin domain donate donkey donor door dose double dove draft
dragon drama drastic draw dream dress drift drill drink drip drive drop drum dry duck dumb
dune during dust dutch duty dwarf dynamic eager eagle early earn earth easily east easy echo
ecology economy edge edit educate effort egg eight either elbow elder electric elegant element elephant elevator
elite else embark embody embrace emerge emotion employ empower empty enable enact end endless endorse enemy
energy enforce engage engine enhance enjoy enlist enough enrich enroll ensure enter entire entry envelope episode
equal equip era erase erode erosion error erupt escape essay essence estate eternal ethics evidence evil
evoke evolve exact example excess exchange excite exclude excuse execute exercise exhaust exhibit exile exist exit
exotic expand expect expire explain expose express extend extra eye eyebrow fabric face faculty fade faint
faith fall false fame family famous fan fancy fantasy farm fashion fat fatal father fatigue fault
favorite feature february federal fee feed feel female fence festival fetch fever few fiber fiction field
figure file film filter final find fine finger finish fire firm first fiscal fish fit fitness
fix flag flame flash flat flavor flee flight flip float flock floor flower fluid flush fly
foam focus fog foil fold follow food foot force forest forget fork fortune forum forward fossil
foster found fox fragile frame frequent fresh friend fringe frog front frost frown frozen fruit fuel
fun funny furnace fury future gadget gain galaxy gallery game gap garage garbage garden garlic garment
gas gasp gate gather gauge gaze general genius genre gentle genuine gesture ghost giant gift giggle
ginger giraffe girl give glad glance glare glass glide glimpse globe gloom glory glove glow glue
goat goddess gold good goose gorilla gospel gossip govern gown grab grace grain grant grape grass
gravity great green grid grief grit grocery group grow grunt guard guess guide guilt guitar gun
gym habit hair half hammer hamster hand happy harbor hard harsh harvest hat have hawk hazard
head health heart heavy hedgehog height hello helmet help hen hero hidden high hill hint hip
hire history hobby hockey hold hole holiday hollow home honey hood hope horn horror horse hospital
host hotel hour hover hub huge human humble humor hundred hungry hunt hurdle hurry hurt husband
hybrid ice icon idea identify idle ignore ill illegal illness image imitate immense immune impact impose
improve impulse inch include income increase index indicate indoor industry infant inflict inform inhale inherit initial
inject injury inmate inner innocent input inquiry insane insect inside inspire install intact interest into invest
invite involve iron island isolate issue item ivory jacket jaguar jar jazz jealous jeans jelly jewel
job join joke journey joy judge juice jump jungle junior junk just kangaroo keen keep ketchup
key kick kid kidney kind kingdom kiss kit kitchen kite kitten kiwi knee knife knock know
lab label labor ladder lady lake lamp language laptop large later latin laugh laundry lava law
lawn lawsuit layer lazy leader leaf learn leave lecture left leg legal legend leisure lemon lend
length lens leopard lesson letter level liar liberty library license life lift light like limb limit
link lion liquid list little live lizard load loan lobster local lock logic lonely long loop
lottery loud lounge love loyal lucky luggage lumber lunar lunch luxury lyrics machine mad magic magnet
maid mail main major make mammal man manage mandate mango mansion manual maple marble march margin
marine market marriage mask mass master match material math matrix matter maximum maze meadow mean measure
meat mechanic medal media melody melt member memory mention menu mercy merge merit merry mesh message
metal method middle midnight milk million mimic mind minimum minor minute miracle mirror misery miss mistake
mix mixed mixture mobile model modify mom moment monitor monkey monster month moon moral more morning
mosquito mother motion motor mountain mouse move movie much muffin mule multiply muscle museum mushroom music
must mutual myself mystery myth naive name napkin narrow nasty nation nature near neck need negative
neglect neither nephew nerve nest net network neutral never news next nice night noble noise nominee
noodle normal north nose notable note nothing notice novel now nuclear number nurse nut oak obey
object oblige obscure observe obtain obvious occur ocean october odor off offer office often oil okay
old olive olympic omit once one onion online only open opera opinion oppose option orange orbit
orchard order ordinary organ orient original orphan ostrich other outdoor outer output outside oval oven over
own owner oxygen oyster ozone pact paddle page pair palace palm panda panel panic panther paper
parade parent park parrot party pass patch path patient patrol pattern pause pave payment peace peanut
pear peasant pelican pen penalty pencil people pepper perfect permit person pet phone photo phrase physical
piano picnic picture piece pig pigeon pill pilot pink pioneer pipe pistol pitch pizza place planet
plastic plate play please pledge pluck plug plunge poem poet point polar pole police pond pony
pool popular portion position possible post potato pottery poverty powder power practice praise predict prefer prepare
present pretty prevent price pride primary print priority prison private prize problem process produce profit program
project promote proof property prosper protect proud provide public pudding pull pulp pulse pumpkin punch pupil
puppy purchase purity purpose purse push put puzzle pyramid quality quantum quarter question quick quit quiz
quote rabbit raccoon race rack radar radio rail rain raise rally ramp ranch random range rapid
rare rate rather raven raw razor ready real reason rebel rebuild recall receive recipe record recycle
reduce reflect reform refuse region regret regular reject relax release relief rely remain remember remind remove
render renew rent reopen repair repeat replace report require rescue resemble resist resource response result retire
retreat return reunion reveal review reward rhythm rib ribbon rice rich ride ridge rifle right rigid
ring riot ripple risk ritual rival river road roast robot robust rocket romance roof rookie room
rose rotate rough round route royal rubber rude rug rule run runway rural sad saddle sadness
safe sail salad salmon salon salt salute same sample sand satisfy satoshi sauce sausage save say
scale scan scare scatter scene scheme school science scissors scorpion scout scrap screen script scrub sea
search season seat second secret section security seed seek segment select sell seminar senior sense sentence
series service session settle setup seven shadow shaft shallow share shed shell sheriff shield shift shine
ship shiver shock shoe shoot shop short shoulder shove shrimp shrug shuffle shy sibling sick side
siege sight sign silent silk silly silver similar simple since sing siren sister situate six size
skate sketch ski skill skin skirt skull slab slam sleep slender slice slide slight slim slogan
slot slow slush small smart smile smoke smooth snack snake snap sniff snow soap soccer social
sock soda soft solar soldier solid solution solve someone song soon sorry sort soul sound soup
source south space spare spatial spawn speak special speed spell spend sphere spice spider spike spin
spirit split spoil sponsor spoon sport spot spray spread spring spy square squeeze squirrel stable stadium
staff stage stairs stamp stand start state stay steak steel stem step stereo stick still sting
stock stomach stone stool story stove strategy street strike strong struggle student stuff stumble style subject
submit subway success such sudden suffer sugar suggest suit summer sun sunny sunset super supply supreme
sure surface surge surprise surround survey suspect sustain swallow swamp swap swarm swear sweet swift swim
swing switch sword symbol symptom syrup system table tackle tag tail talent talk tank tape target
task taste tattoo taxi teach team tell ten tenant tennis tent term test text thank that
theme then theory there they thing this thought three thrive throw thumb thunder ticket tide tiger
tilt timber time tiny tip tired tissue title toast tobacco today toddler toe together toilet token
tomato tomorrow tone tongue tonight tool tooth top topic topple torch tornado tortoise toss total tourist
toward tower town toy track trade traffic tragic train transfer trap trash travel tray treat tree
trend trial tribe trick trigger trim trip trophy trouble truck true truly trumpet trust truth try
tube tuition tumble tuna tunnel turkey turn turtle twelve twenty twice twin twist two type typical
ugly umbrella unable unaware uncle uncover under undo unfair unfold unhappy uniform unique unit universe unknown
unlock until unusual unveil update upgrade uphold upon upper upset urban urge usage use used useful
useless usual utility vacant vacuum vague valid valley valve van vanish vapor various vast vault vehicle
velvet vendor venture venue verb verify version very vessel veteran viable vibrant vicious victory video view
village vintage violin virtual virus visa visit visual vital vivid vocal voice void volcano volume vote
voyage wage wagon wait walk wall walnut want warfare warm warrior wash wasp waste water wave
way wealth weapon wear weasel weather web wedding weekend weird welcome west wet whale what wheat
wheel when where whip whisper wide width wife wild will win window wine wing wink winner
winter wire wisdom wise wish witness wolf woman wonder wood wool word work world worry worth
wrap wreck wrestle wrist write wrong yard year yellow you young youth zebra zero zone zoo
"""
BIP39 = _BIP39_TEXT.split()
assert len(BIP39) == 2048 and hashlib.sha256(('\n'.join(BIP39) + '\n').encode()).hexdigest() == '2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda'
BIP39_INDEX = {w: i for i, w in enumerate(BIP39)}


# ---------------------------------------------------------------------------
# Crypto helpers (pure standard library)
# ---------------------------------------------------------------------------

def _keccak_tables():
    rc, r = [], 1
    for _ in range(24):
        c = 0
        for j in range(7):
            r = ((r << 1) ^ ((r >> 7) * 0x71)) % 256
            if r & 2:
                c ^= 1 << ((1 << j) - 1)
        rc.append(c)
    rot = [[0] * 5 for _ in range(5)]
    x, y = 1, 0
    for t in range(24):
        rot[x][y] = ((t + 1) * (t + 2) // 2) % 64
        x, y = y, (2 * x + 3 * y) % 5
    return rc, rot


_RC, _ROT = _keccak_tables()
_M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(a):
    for rnd in range(24):
        c = [a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] for x in range(5)]
        d = [c[(x - 1) % 5] ^ _rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [a[i] ^ d[i % 5] for i in range(25)]
        b = [0] * 25
        for x in range(5):
            for y in range(5):
                b[y + 5 * ((2 * x + 3 * y) % 5)] = _rol(a[x + 5 * y], _ROT[x][y])
        a = [b[i] ^ ((~b[(i % 5 + 1) % 5 + 5 * (i // 5)]) & b[(i % 5 + 2) % 5 + 5 * (i // 5)]) for i in range(25)]
        a[0] ^= _RC[rnd]
    return a


def keccak256(data, pad=0x01):
    rate = 136
    msg = bytearray(data)
    msg.append(pad)
    while len(msg) % rate:
        msg.append(0)
    msg[-1] |= 0x80
    st = [0] * 25
    for off in range(0, len(msg), rate):
        for i in range(rate // 8):
            st[i] ^= int.from_bytes(msg[off + 8 * i: off + 8 * i + 8], 'little')
        st = _keccak_f(st)
    return b''.join(st[i].to_bytes(8, 'little') for i in range(4))


assert keccak256(b'').hex() == 'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470'
assert keccak256(b'abc', pad=0x06) == hashlib.sha3_256(b'abc').digest()

# secp256k1
_P = 2 ** 256 - 2 ** 32 - 977
_N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_G = (0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
      0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8)


def _ec_add(p, q):
    if p is None:
        return q
    if q is None:
        return p
    if p[0] == q[0]:
        if (p[1] + q[1]) % _P == 0:
            return None
        lam = 3 * p[0] * p[0] * pow(2 * p[1], -1, _P) % _P
    else:
        lam = (q[1] - p[1]) * pow(q[0] - p[0], -1, _P) % _P
    x = (lam * lam - p[0] - q[0]) % _P
    return (x, (lam * (p[0] - x) - p[1]) % _P)


def secp_pub(k):
    r, q = None, _G
    while k:
        if k & 1:
            r = _ec_add(r, q)
        q = _ec_add(q, q)
        k >>= 1
    return r


def eip55(addr20):
    h = addr20.hex()
    d = keccak256(h.encode()).hex()
    return '0x' + ''.join(ch.upper() if ch.isalpha() and int(d[i], 16) >= 8 else ch for i, ch in enumerate(h))


def evm_address_of(privint):
    x, y = secp_pub(privint)
    return eip55(keccak256(x.to_bytes(32, 'big') + y.to_bytes(32, 'big'))[12:])


def evm_uncompressed_pub(privint):
    x, y = secp_pub(privint)
    return '0x04' + x.to_bytes(32, 'big').hex() + y.to_bytes(32, 'big').hex()


assert evm_address_of(1) == '0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf'

# ed25519 (public key derivation only)
_EP = 2 ** 255 - 19
_ED = -121665 * pow(121666, -1, _EP) % _EP
_EBy = 4 * pow(5, -1, _EP) % _EP


def _ed_recover_x(y):
    xx = (y * y - 1) * pow(_ED * y * y + 1, -1, _EP) % _EP
    x = pow(xx, (_EP + 3) // 8, _EP)
    if (x * x - xx) % _EP:
        x = x * pow(2, (_EP - 1) // 4, _EP) % _EP
    return _EP - x if x & 1 else x


_EB = (_ed_recover_x(_EBy), _EBy, 1, _ed_recover_x(_EBy) * _EBy % _EP)


def _ed_add(p, q):
    a = (p[1] - p[0]) * (q[1] - q[0]) % _EP
    b = (p[1] + p[0]) * (q[1] + q[0]) % _EP
    c = 2 * p[3] * q[3] * _ED % _EP
    d = 2 * p[2] * q[2] % _EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _EP, g * h % _EP, f * g % _EP, e * h % _EP)


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], 'little')
    a &= (1 << 254) - 8
    a |= 1 << 254
    r, q = (0, 1, 1, 0), _EB
    while a:
        if a & 1:
            r = _ed_add(r, q)
        q = _ed_add(q, q)
        a >>= 1
    zi = pow(r[2], -1, _EP)
    x, y = r[0] * zi % _EP, r[1] * zi % _EP
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


# RFC 8032 test vector 1 (secret key 9d61...7f60 -> public d75a...511a)
assert ed25519_pub(bytes.fromhex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')).hex() == \
    'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'

_B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'


def b58(data):
    n = int.from_bytes(data, 'big')
    s = ''
    while n:
        n, r = divmod(n, 58)
        s = _B58[r] + s
    pad = len(data) - len(data.lstrip(b'\0'))
    return '1' * pad + s


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data):
    acc, bits, out = 0, 0, []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(exp + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in out + chk)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b'=').decode()


def cid_v0(data):
    return b58(b'\x12\x20' + hashlib.sha256(data).digest())


def cid_v1(data, codec=0x70):
    raw = bytes([0x01, codec, 0x12, 0x20]) + hashlib.sha256(data).digest()
    return 'b' + base64.b32encode(raw).decode().lower().rstrip('=')


def selector(sig):
    return '0x' + keccak256(sig.encode())[:4].hex()


def topic(sig):
    return '0x' + keccak256(sig.encode()).hex()


# ---------------------------------------------------------------------------
# Random material (only from random.Random(SEED))
# ---------------------------------------------------------------------------

HEX = '0123456789abcdef'
UP_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
B64URL = ALNUM + '-_'

FIRST = ['marek', 'julia', 'tomas', 'sofia', 'dmitri', 'aiko', 'lucas', 'priya', 'oliver', 'nadia', 'kenji',
         'elena', 'rafael', 'ingrid', 'omar', 'chloe', 'viktor', 'amara', 'felix', 'mei']
LAST = ['novak', 'schmidt', 'okafor', 'tanaka', 'moreau', 'silva', 'kowalski', 'lindqvist', 'haddad', 'reyes',
        'petrov', 'nguyen', 'obrien', 'castillo', 'yamada']
PWORDS = ['winter', 'harbor', 'falcon', 'maple', 'copper', 'orchid', 'tiger', 'river', 'sunset', 'granite',
          'velvet', 'pirate', 'meadow', 'rocket', 'cobalt', 'lantern', 'willow', 'thunder', 'saffron', 'pepper',
          'nebula', 'bishop', 'canyon', 'dolphin', 'ember', 'juniper']
PROJECTS = ['lumen-vault', 'orbit-dex', 'seastar-nft', 'kite-staking', 'mosaic-dao', 'pallas-bridge', 'riverlend',
            'ember-launchpad', 'quasar-perps', 'tidepool-amm', 'nimbus-escrow', 'halcyon-market', 'cinder-lottery',
            'aurora-badges', 'fjord-vesting', 'granary-yield']
CONTRACTS = ['Token', 'Vault', 'Staking', 'Marketplace', 'Governor', 'Escrow', 'Router', 'Airdrop', 'Vesting',
             'NFTCollection', 'Treasury', 'Bridge', 'Lottery', 'PriceOracle']
EVM_NETS = [('mainnet', 1, 'eth-mainnet', 'mainnet'), ('sepolia', 11155111, 'eth-sepolia', 'sepolia'),
            ('holesky', 17000, 'eth-holesky', 'holesky'), ('polygon', 137, 'polygon-mainnet', 'polygon-mainnet'),
            ('amoy', 80002, 'polygon-amoy', 'polygon-amoy'), ('arbitrum', 42161, 'arb-mainnet', 'arbitrum-mainnet'),
            ('optimism', 10, 'opt-mainnet', 'optimism-mainnet'), ('base', 8453, 'base-mainnet', 'base-mainnet'),
            ('baseSepolia', 84532, 'base-sepolia', 'base-sepolia')]
QN_WORDS = ['silent', 'crimson', 'frosty', 'polished', 'ancient', 'wispy', 'summer', 'dawn', 'hidden', 'bold',
            'young', 'icy', 'sparkling', 'muddy', 'broken', 'proud']
QN_NOUNS = ['pine', 'wave', 'cloud', 'meadow', 'glade', 'brook', 'shadow', 'sun', 'feather', 'bush', 'morning',
            'frost', 'tree', 'star']


def _bad_run(s):
    """Reject strings with 4+ ascending/descending/identical characters in a row."""
    for i in range(len(s) - 3):
        a, b, c, d = (ord(ch) for ch in s[i:i + 4])
        if (b - a == c - b == d - c) and abs(b - a) <= 1:
            return True
    return False


class Ctx:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    # basic
    def choice(self, xs):
        return self.r.choice(xs)

    def chance(self, p):
        return self.r.random() < p

    def randint(self, a, b):
        return self.r.randint(a, b)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def s(self, alphabet, n):
        while True:
            v = ''.join(self.r.choice(alphabet) for _ in range(n))
            if not _bad_run(v) and v not in self.used:
                self.used.add(v)
                return v

    def hex(self, n):
        return self.s(HEX, n)

    def uuid(self):
        b = bytearray(self.bytes(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        h = b.hex()
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # chain objects
    def evm_priv(self):
        while True:
            k = int.from_bytes(self.bytes(32), 'big')
            h = '%064x' % k
            if 0 < k < _N and not _bad_run(h):
                return k, h

    def address(self):
        return eip55(self.bytes(20))

    def h32(self):
        return '0x' + self.bytes(32).hex()

    def mnemonic(self, words=12):
        ent = self.bytes(16 if words == 12 else 32)
        bits = bin(int.from_bytes(ent, 'big'))[2:].zfill(len(ent) * 8)
        cs = bin(hashlib.sha256(ent).digest()[0])[2:].zfill(8)[:len(ent) * 8 // 32]
        allbits = bits + cs
        return ' '.join(BIP39[int(allbits[i:i + 11], 2)] for i in range(0, len(allbits), 11))

    def ed_keypair(self):
        seed = self.bytes(32)
        return seed, ed25519_pub(seed)

    def sol_pubkey(self):
        return b58(ed25519_pub(self.bytes(32)))

    def cosmos_addr(self, hrp='cosmos', n=20):
        return bech32(hrp, self.bytes(n))

    def user(self):
        return self.choice(FIRST)

    def email(self):
        return '%s.%s@%s' % (self.choice(FIRST), self.choice(LAST),
                             self.choice(['gmail.com', 'proton.me', 'lumenlabs.io', 'outlook.com', 'fastmail.com']))

    def human_password(self, strong=False):
        f = self.r.randint(0, 5)
        name, w1, w2 = self.choice(FIRST).capitalize(), self.choice(PWORDS), self.choice(PWORDS)
        yr = str(self.r.randint(1971, 2012))
        sym = self.choice('!.#&@$*_-+?')
        leet = w1.replace('o', '0').replace('e', '3').replace('a', '4') if self.chance(0.6) else w1
        if f == 0:
            p = '%s%s%s%s' % (name, sym, yr, w1)
        elif f == 1:
            p = '%s%s%s%d' % (leet.capitalize(), sym, w2, self.r.randint(2, 99))
        elif f == 2:
            p = '%s%s%s%s' % (w1.capitalize(), w2.capitalize(), yr[-2:], sym)
        elif f == 3:
            p = '%s_%s%s%s' % (name, self.choice(LAST), yr, sym)
        elif f == 4:
            p = '%s%s%s%s%s' % (leet, sym, name, self.r.randint(10, 99), self.choice('!?#'))
        else:
            p = '%s-%s-%s-%d' % (w1, w2.capitalize(), self.choice(PWORDS), self.r.randint(3, 97))
        if strong and len(p) < 16:
            p += self.choice(PWORDS).capitalize() + str(self.r.randint(2, 9))
        return p

    def project(self):
        return self.choice(PROJECTS)

    def net(self):
        return self.choice(EVM_NETS)

    def block(self):
        return self.r.randint(4_100_000, 21_900_000)

    def ts(self):
        return self.r.randint(1_650_000_000, 1_735_000_000)


def jwt(ctx, header, payload):
    h = b64u(json.dumps(header, separators=(',', ':')).encode())
    p = b64u(json.dumps(payload, separators=(',', ':')).encode())
    return '%s.%s.%s' % (h, p, b64u(ctx.bytes(32)))


# ---------------------------------------------------------------------------
# Naming helpers and innocuous filler
# ---------------------------------------------------------------------------

def camel(name):
    parts = name.lower().split('_')
    return parts[0] + ''.join(x.capitalize() for x in parts[1:])


def snake(name):
    return name.lower()


PUBLIC_RPC = {'mainnet': 'https://ethereum-rpc.publicnode.com', 'sepolia': 'https://ethereum-sepolia-rpc.publicnode.com',
              'holesky': 'https://ethereum-holesky-rpc.publicnode.com', 'polygon': 'https://polygon-rpc.com',
              'amoy': 'https://rpc-amoy.polygon.technology', 'arbitrum': 'https://arb1.arbitrum.io/rpc',
              'optimism': 'https://mainnet.optimism.io', 'base': 'https://mainnet.base.org',
              'baseSepolia': 'https://sepolia.base.org'}


def env_fillers(c, k=None):
    """Innocent KEY=VALUE lines a web3 .env usually has around the secret."""
    net = c.net()
    pool = [
        ('CHAIN_ID', str(net[1])),
        ('NETWORK', net[0]),
        ('RPC_URL', PUBLIC_RPC[net[0]]),
        ('DEPLOYER_ADDRESS', c.address()),
        ('OWNER_ADDRESS', c.address()),
        ('TREASURY_ADDRESS', c.address()),
        ('TOKEN_ADDRESS', c.address()),
        ('REPORT_GAS', c.choice(['true', 'false'])),
        ('GAS_PRICE_GWEI', str(c.randint(1, 60))),
        ('CONFIRMATIONS', str(c.randint(1, 6))),
        ('FORK_BLOCK_NUMBER', str(c.block())),
        ('START_BLOCK', str(c.block())),
        ('LOG_LEVEL', c.choice(['info', 'debug', 'warn'])),
        ('NODE_ENV', c.choice(['development', 'production'])),
        ('VERIFY', c.choice(['true', 'false'])),
        ('MAX_SUPPLY', str(c.choice([10000, 5555, 8888, 1000000]))),
        ('BASE_URI', 'ipfs://' + cid_v1(c.bytes(24)) + '/'),
        ('IPFS_GATEWAY', c.choice(['https://ipfs.io/ipfs/', 'https://w3s.link/ipfs/', 'https://cloudflare-ipfs.com/ipfs/'])),
        ('ENS_NAME', c.choice(['%s.eth' % c.project().split('-')[0], '%s.%s.eth' % (c.user(), c.project().split('-')[0])])),
        ('MULTISIG', c.address()),
    ]
    c.r.shuffle(pool)
    return pool[:k if k is not None else c.randint(2, 7)]


def header_comment(c, style='#'):
    return c.choice(['%s %s deployment settings' % (style, c.project()),
                     '%s local config - do not share' % style,
                     '%s contracts workspace' % style,
                     '%s copied from 1password on %d-%02d-%02d' % (style, c.randint(2022, 2025), c.randint(1, 12), c.randint(1, 28)),
                     '%s Network + deploy config' % style])


import re as _re


def shq(v):
    """Quote a value the way a person would for a POSIX shell."""
    if _re.fullmatch(r'[A-Za-z0-9_./:=,+-]+', v):
        return v
    if "'" not in v:
        return "'%s'" % v
    return '"%s"' % v


# ---------------------------------------------------------------------------
# Generic carriers: put NAME=VALUE into a realistic file of some type.
# Each returns (relpath, text, filetype).  `hint` is a short provider label
# used in comments/URLs.  The value is written verbatim exactly once.
# ---------------------------------------------------------------------------

def car_env(c, name, value, hint):
    path = c.choice(['.env', '.env.local', 'packages/contracts/.env', '.env.sepolia', 'contracts/.env',
                     '.env.development', 'apps/relayer/.env'])
    lines = [header_comment(c)]
    fill = [kv for kv in env_fillers(c, c.randint(3, 8)) if kv[0] != name]
    pos = c.randint(0, len(fill))
    quote = c.choice(['', '', '"', "'"])
    if quote == '' and not value.startswith('$') and not _re.fullmatch(r'[A-Za-z0-9_./:=,+?\[\]-]+', value):
        quote = '"' if '"' not in value and '$' not in value else "'"
    exp = 'export ' if c.chance(0.15) else ''
    for i, (k, v) in enumerate(fill):
        if i == pos:
            if c.chance(0.4):
                lines.append('')
                lines.append('# %s' % hint)
            lines.append('%s%s=%s%s%s' % (exp, name, quote, value, quote))
        lines.append('%s%s=%s' % (exp, k, v))
    if pos == len(fill):
        lines.append('%s%s=%s%s%s' % (exp, name, quote, value, quote))
    return path, '\n'.join(lines) + '\n', 'dotenv'


def car_compose(c, name, value, hint):
    svc = c.choice(['deployer', 'indexer', 'relayer', 'keeper', 'api', 'bot'])
    img = c.choice(['node:20-alpine', 'ghcr.io/foundry-rs/foundry:latest', 'python:3.11-slim', '%s/%s:latest' % (c.project(), svc)])
    fill = [kv for kv in env_fillers(c, c.randint(2, 5)) if kv[0] != name]
    lines = ['services:', '  %s:' % svc, '    image: %s' % img, '    restart: unless-stopped']
    if c.chance(0.5):
        lines += ['    depends_on:', '      - postgres']
    lines.append('    environment:')
    mapping = c.chance(0.5)
    ent = []
    for k, v in fill:
        ent.append(('      %s: "%s"' % (k, v)) if mapping else ('      - %s=%s' % (k, v)))
    sec = ('      %s: "%s"' % (name, value)) if mapping else ('      - %s=%s' % (name, value))
    ent.insert(c.randint(0, len(ent)), sec)
    lines += ent
    lines += ['    volumes:', '      - ./deployments:/app/deployments', '    command: ["npm", "run", "%s"]' % c.choice(['start', 'deploy', 'index'])]
    if 'depends_on' in '\n'.join(lines):
        lines += ['  postgres:', '    image: postgres:16', '    environment:', '      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}',
                  '      POSTGRES_DB: %s' % svc]
    return c.choice(['docker-compose.yml', 'docker-compose.dev.yml', 'compose.yaml', 'infra/docker-compose.yml']), '\n'.join(lines) + '\n', 'docker-compose'


def car_gha(c, name, value, hint):
    net = c.net()
    lines = ['name: %s' % c.choice(['Deploy contracts', 'deploy', 'Verify & deploy', 'CI']), '', 'on:',
             '  workflow_dispatch:', '  push:', '    branches: [main]', '', 'env:',
             '  FOUNDRY_PROFILE: ci', '  NETWORK: %s' % net[0]]
    lines.append('  %s: %s' % (name, value if (c.chance(0.6) and value[:1].isalnum()) else '"%s"' % value))
    lines += ([] if name == 'RPC_URL' else ['  RPC_URL: ${{ secrets.RPC_URL }}']) + ['', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    steps:',
              '      - uses: actions/checkout@v4', '        with:', '          submodules: recursive']
    if c.chance(0.5):
        lines += ['      - uses: foundry-rs/foundry-toolchain@v1', '      - run: forge build --sizes',
                  '      - run: forge script script/Deploy.s.sol --rpc-url "$RPC_URL" --broadcast --verify']
    else:
        lines += ['      - uses: actions/setup-node@v4', '        with:', '          node-version: 20', '          cache: npm',
                  '      - run: npm ci', '      - run: npx hardhat compile',
                  '      - run: npx hardhat run scripts/deploy.ts --network %s' % net[0]]
    return '.github/workflows/%s' % c.choice(['deploy.yml', 'deploy-%s.yml' % net[0], 'release.yml', 'ci.yml']), '\n'.join(lines) + '\n', 'github-actions'


def car_make(c, name, value, hint):
    net = c.net()
    lines = ['-include .env', '', '.PHONY: build test deploy verify', '', 'NETWORK ?= %s' % net[0],
             '%s %s %s' % (name, c.choice(['?=', ':=', '=']), value)] + ([] if name == 'RPC_URL' else ['RPC_URL ?= %s' % PUBLIC_RPC[net[0]]]) + ['',
             'build:', '\tforge build', '', 'test:', '\tforge test -vvv', '', 'deploy:',
             '\tforge script script/Deploy.s.sol:Deploy --rpc-url $(RPC_URL) --broadcast -vvvv', '',
             'verify:', '\tforge verify-contract $(ADDRESS) src/%s.sol:%s --chain %d' % ((c.choice(CONTRACTS),) * 2 + (net[1],))]
    return c.choice(['Makefile', 'contracts/Makefile']), '\n'.join(lines) + '\n', 'makefile'


def car_history(c, name, value, hint):
    pre = c.choice([
        ['cd ~/code/%s' % c.project(), 'git pull', 'forge build'],
        ['ls -la', 'npm i', 'npx hardhat compile'],
        ['cast block-number --rpc-url %s' % PUBLIC_RPC['sepolia'], 'cast balance %s --rpc-url %s' % (c.address(), PUBLIC_RPC['sepolia'])],
    ])
    post = c.choice([
        ['forge script script/Deploy.s.sol --rpc-url $RPC_URL --broadcast', 'cat broadcast/Deploy.s.sol/11155111/run-latest.json | jq .transactions[0].hash'],
        ['npx hardhat run scripts/deploy.ts --network sepolia', 'git status'],
        ['python scripts/check_balances.py', 'history | tail'],
    ])
    lines = pre + ['export %s=%s' % (name, shq(value) if not value.startswith(('$', '"$')) else value)] + post
    return c.choice(['.bash_history', '.zsh_history', 'notes/.bash_history']), '\n'.join(lines) + '\n', 'shell-history'


def car_readme(c, name, value, hint):
    proj = c.project()
    lines = ['# %s' % proj, '', 'Smart contracts for %s.' % proj.replace('-', ' '), '', '## Setup', '', '```bash',
             'npm install', 'cp .env.example .env', '```', '', 'For the shared %s environment use:' % c.choice(['staging', 'testnet', 'demo']),
             '', '```bash', 'export %s=%s' % (name, shq(value) if not value.startswith('<') else value), 'npx hardhat test', '```', '', '## Deployments', '',
             '| network | address |', '|---|---|']
    for net in c.r.sample(EVM_NETS, 2):
        lines.append('| %s | `%s` |' % (net[0], c.address()))
    return c.choice(['README.md', 'docs/SETUP.md', 'contracts/README.md']), '\n'.join(lines) + '\n', 'markdown'


def car_py(c, name, value, hint):
    net = c.net()
    style = c.randint(0, 2)
    if style == 0:
        decl = '%s = "%s"' % (name, value)
    elif style == 1:
        decl = '%s = os.getenv("%s", "%s")' % (name, name, value)
    else:
        decl = '%s = "%s"' % (snake(name), value)
    ref = snake(name) if style == 2 else name
    lines = ['import json', 'import os', '', 'from web3 import Web3', '', 'RPC = os.environ.get("RPC_URL", "%s")' % PUBLIC_RPC[net[0]],
             decl, 'CONTRACT = Web3.to_checksum_address("%s")' % c.address(), '', '', 'def main():',
             '    w3 = Web3(Web3.HTTPProvider(RPC))', '    assert w3.is_connected(), "rpc down"',
             '    print("chain", w3.eth.chain_id, "block", w3.eth.block_number)',
             '    print("using", %s[:6] + "...")' % ref, '', '', 'if __name__ == "__main__":', '    main()']
    return c.choice(['scripts/%s.py' % c.choice(['check_balances', 'airdrop', 'watch_events', 'sweep']), 'bot/main.py']), '\n'.join(lines) + '\n', 'python'


def car_ts(c, name, value, hint):
    v = camel(name) if c.chance(0.5) else name
    net = c.net()
    lines = ['import { ethers } from "hardhat";', '', 'const %s = "%s";' % (v, value),
             'const OWNER = "%s";' % c.address(), '', 'async function main() {',
             '  const [deployer] = await ethers.getSigners();',
             '  console.log("deploying from", deployer.address, "key", %s.slice(0, 4));' % v,
             '  const F = await ethers.getContractFactory("%s");' % c.choice(CONTRACTS),
             '  const c = await F.deploy(OWNER);', '  await c.waitForDeployment();',
             '  console.log("deployed", await c.getAddress(), "on %s");' % net[0], '}', '',
             'main().catch((e) => {', '  console.error(e);', '  process.exitCode = 1;', '});']
    return c.choice(['scripts/deploy.ts', 'scripts/upload.ts', 'scripts/setup.ts', 'tasks/seed.ts']), '\n'.join(lines) + '\n', 'typescript'


def car_nb(c, name, value, hint):
    cells = [
        {'cell_type': 'markdown', 'metadata': {}, 'source': ['# %s analysis\n' % c.project(), '\n', 'Pull events and balances.']},
        {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [],
         'source': ['import pandas as pd\n', 'from web3 import Web3\n', '\n', '%s = "%s"\n' % (name, value),
                    'POOL = "%s"' % c.address()]},
        {'cell_type': 'code', 'execution_count': 2, 'metadata': {}, 'outputs': [
            {'name': 'stdout', 'output_type': 'stream', 'text': ['latest block %d\n' % c.block()]}],
         'source': ['w3 = Web3(Web3.HTTPProvider("%s"))\n' % PUBLIC_RPC['mainnet'], 'print("latest block", w3.eth.block_number)']},
    ]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                                        'language_info': {'name': 'python', 'version': '3.11.6'}}, 'nbformat': 4, 'nbformat_minor': 5}
    return c.choice(['notebooks/%s.ipynb' % c.choice(['explore', 'events', 'airdrop_list', 'gas']), 'analysis.ipynb']), json.dumps(nb, indent=1) + '\n', 'jupyter'


def car_pkgjson(c, name, value, hint):
    net = c.net()
    proj = c.project()
    scripts = {'compile': 'hardhat compile', 'test': 'hardhat test',
               'deploy:%s' % net[0]: '%s=%s hardhat run scripts/deploy.ts --network %s' % (name, shq(value) if not value.startswith('$') else value, net[0]),
               'lint': 'solhint "contracts/**/*.sol"'}
    pkg = {'name': proj, 'version': '0.%d.%d' % (c.randint(1, 9), c.randint(0, 20)), 'private': True, 'scripts': scripts,
           'devDependencies': {'hardhat': '^2.22.%d' % c.randint(0, 17), '@nomicfoundation/hardhat-toolbox': '^5.0.0',
                               'dotenv': '^16.4.5', 'typescript': '^5.4.5'}}
    return c.choice(['package.json', 'packages/contracts/package.json']), json.dumps(pkg, indent=2) + '\n', 'package.json'


def car_yaml(c, name, value, hint):
    lines = ['# %s service config' % c.project(), 'server:', '  port: %d' % c.choice([3000, 8080, 8545, 9000]),
             '  log_level: info', 'chain:', '  id: %d' % c.net()[1], '  confirmations: %d' % c.randint(1, 12),
             'contracts:', '  vault: "%s"' % c.address(), '  token: "%s"' % c.address(), 'credentials:',
             '  %s: "%s"' % (snake(name), value), 'poll_interval_ms: %d' % c.choice([2000, 4000, 12000])]
    return c.choice(['config/settings.yaml', 'config/%s.yaml' % c.choice(['prod', 'staging', 'local']), 'keeper.yaml']), '\n'.join(lines) + '\n', 'yaml'


CARRIERS = {'env': car_env, 'compose': car_compose, 'gha': car_gha, 'make': car_make, 'history': car_history,
            'readme': car_readme, 'py': car_py, 'ts': car_ts, 'nb': car_nb, 'pkgjson': car_pkgjson, 'yaml': car_yaml}


# ---------------------------------------------------------------------------
# Secret generators.  Each returns a dict with at least 'needle' (the secret
# substring) and 'value' (what gets written where a NAME=VALUE is expected;
# usually == needle, for RPC URLs the full URL).
# ---------------------------------------------------------------------------

def g_evm(c, with0x=None):
    k, h = c.evm_priv()
    if with0x is None:
        with0x = c.chance(0.6)
    v = ('0x' + h) if with0x else h
    return {'needle': v, 'value': v, 'addr': evm_address_of(k), 'hex': h}


def g_evm0x(c):
    return g_evm(c, True)


def g_evmraw(c):
    return g_evm(c, False)


def g_mn12(c):
    m = c.mnemonic(12)
    return {'needle': m, 'value': m}


def g_mn24(c):
    m = c.mnemonic(24)
    return {'needle': m, 'value': m}


def g_sol_json(c):
    seed, pub = c.ed_keypair()
    arr = '[' + ','.join(str(b) for b in seed + pub) + ']'
    return {'needle': arr, 'value': arr, 'pub': b58(pub)}


def g_sol_b58(c):
    seed, pub = c.ed_keypair()
    v = b58(seed + pub)
    return {'needle': v, 'value': v, 'pub': b58(pub)}


def g_aptos(c):
    seed, pub = c.ed_keypair()
    acct = hashlib.sha3_256(pub + b'\x00').hexdigest()
    v = ('ed25519-priv-0x' if c.chance(0.6) else '0x') + seed.hex()
    return {'needle': v, 'value': v, 'pub': 'ed25519-pub-0x' + pub.hex(), 'account': acct}


def _sui_addr(pub):
    return '0x' + hashlib.blake2b(b'\x00' + pub, digest_size=32).hexdigest()


def g_sui_bech(c):
    seed, pub = c.ed_keypair()
    v = bech32('suiprivkey', b'\x00' + seed)
    return {'needle': v, 'value': v, 'address': _sui_addr(pub)}


def g_sui_b64(c):
    seed, pub = c.ed_keypair()
    v = base64.b64encode(b'\x00' + seed).decode()
    return {'needle': v, 'value': v, 'address': _sui_addr(pub)}


def g_plain(alpha, n):
    def g(c):
        v = c.s(alpha, n)
        return {'needle': v, 'value': v}
    return g


def g_uuid(c):
    v = c.uuid()
    return {'needle': v, 'value': v}


def g_alchemy(c):
    net = c.net()
    key = c.s(ALNUM + '_-', 32) if c.chance(0.5) else c.s(ALNUM, 32)
    return {'needle': key, 'value': key, 'url': 'https://%s.g.alchemy.com/v2/%s' % (net[2], key), 'net': net}


def g_infura(c):
    net = c.net()
    key = c.hex(32)
    return {'needle': key, 'value': key, 'url': 'https://%s.infura.io/v3/%s' % (net[3], key), 'net': net}


def g_infura_secret(c):
    d = g_plain(HEX, 32)(c)
    d['project_id'] = c.hex(32)
    return d


def g_quicknode(c):
    tok = c.hex(40)
    sub = '%s-%s-%s' % (c.choice(QN_WORDS), c.choice(QN_WORDS), c.choice(QN_NOUNS))
    net = c.choice(['', 'ethereum-sepolia.', 'matic.', 'arbitrum-mainnet.', 'base-mainnet.', 'solana-mainnet.', 'bsc.'])
    return {'needle': tok, 'value': 'https://%s.%squiknode.pro/%s/' % (sub, net, tok)}


def g_ankr(c):
    k = c.hex(64)
    return {'needle': k, 'value': 'https://rpc.ankr.com/%s/%s' % (c.choice(['eth', 'eth_sepolia', 'polygon', 'bsc', 'arbitrum', 'base']), k)}


def g_chainstack(c):
    k = c.hex(32)
    if c.chance(0.5):
        url = 'https://%s.core.chainstack.com/%s' % (c.choice(['ethereum-mainnet', 'ethereum-sepolia', 'polygon-mainnet', 'bsc-mainnet', 'arbitrum-mainnet']), k)
    else:
        url = 'https://nd-%03d-%03d-%03d.p2pify.com/%s' % (c.randint(100, 999), c.randint(100, 999), c.randint(100, 999), k)
    return {'needle': k, 'value': url}


def g_helius(c):
    u = c.uuid()
    return {'needle': u, 'value': u, 'url': 'https://%s.helius-rpc.com/?api-key=%s' % (c.choice(['mainnet', 'devnet']), u)}


def g_tenderly_node(c):
    k = c.s(ALNUM, 32)
    return {'needle': k, 'value': 'https://%s.gateway.tenderly.co/%s' % (c.choice(['mainnet', 'sepolia', 'polygon', 'base']), k)}


def g_moralis(c):
    t = c.ts()
    v = jwt(c, {'alg': 'HS256', 'typ': 'JWT'},
            {'nonce': c.uuid(), 'orgId': str(c.randint(100000, 499999)), 'userId': str(c.randint(100000, 499999)),
             'typeId': c.uuid(), 'type': 'PROJECT_API_KEY', 'iat': t, 'exp': t + 10 ** 9 // 2})
    return {'needle': v, 'value': v}


def g_pinata_jwt(c):
    t = c.ts()
    v = jwt(c, {'alg': 'HS256', 'typ': 'JWT'},
            {'userInformation': {'id': c.uuid(), 'email': c.email(), 'email_verified': True,
                                 'pin_policy': {'regions': [{'desiredReplicationCount': 1, 'id': 'FRA1'},
                                                            {'desiredReplicationCount': 1, 'id': 'NYC1'}], 'version': 1},
                                 'mfa_enabled': False, 'status': 'ACTIVE'},
             'authenticationType': 'scopedKey', 'scopedKeyKey': c.hex(20), 'scopedKeySecret': c.hex(64), 'exp': t + 31536000, 'iat': t})
    return {'needle': v, 'value': v}


def g_pinata_secret(c):
    d = g_plain(HEX, 64)(c)
    d['api_key'] = c.hex(20)
    return d


def g_w3s(iss):
    def g(c):
        v = jwt(c, {'alg': 'HS256', 'typ': 'JWT'},
                {'sub': 'did:ethr:' + c.address(), 'iss': iss, 'iat': c.ts() * 1000 + c.randint(0, 999),
                 'name': c.choice(['deploy', 'ci', c.project(), 'uploader', 'mint-script'])})
        return {'needle': v, 'value': v}
    return g


def g_storacha(c):
    seed, pub = c.ed_keypair()
    v = 'M' + base64.b64encode(b'\x80\x26' + seed + b'\xed\x01' + pub).decode()
    return {'needle': v, 'value': v, 'did': 'did:key:z' + b58(b'\xed\x01' + pub)}


def g_filebase(c):
    d = g_plain(ALNUM, 40)(c)
    d['access'] = c.s(UP_ALNUM, 20)
    return d


def g_defender(c):
    d = g_plain(ALNUM, 64)(c)
    d['api_key'] = c.s(ALNUM, 32)
    return d


def g_biconomy(c):
    v = '%s.%s' % (c.s(ALNUM, 9), c.uuid())
    chain = c.choice([1, 137, 8453, 11155111, 84532, 42161])
    return {'needle': v, 'value': v, 'url': 'https://paymaster.biconomy.io/api/v1/%d/%s' % (chain, v), 'raw': v, 'chain': chain}


def g_gelato(c):
    v = b64u(c.bytes(32))
    while _bad_run(v):
        v = b64u(c.bytes(32))
    return {'needle': v, 'value': v}


def g_password(strong):
    def g(c):
        v = c.human_password(strong)
        return {'needle': v, 'value': v}
    return g


def g_graph_gateway(c):
    k = c.hex(32)
    sub = b58(c.bytes(32))
    return {'needle': k, 'value': 'https://gateway.thegraph.com/api/%s/subgraphs/id/%s' % (k, sub)}


# ---------------------------------------------------------------------------
# Specialised positive templates: t(c, sec, name) -> (relpath, text, filetype)
# ---------------------------------------------------------------------------

def _hh_networks(c, acct_expr, url_expr=None, net=None):
    net = net or c.net()
    url_expr = url_expr or 'process.env.%s_RPC_URL || "%s"' % (net[0].upper(), PUBLIC_RPC[net[0]])
    return ['    %s: {' % net[0], '      url: %s,' % url_expr, '      chainId: %d,' % net[1], '      accounts: %s,' % acct_expr, '    },']


def _hh_wrap(c, body_top, networks, extra=None, ts=None):
    ts = c.chance(0.5) if ts is None else ts
    if ts:
        head = ['import { HardhatUserConfig } from "hardhat/config";', 'import "@nomicfoundation/hardhat-toolbox";',
                'import "dotenv/config";', '']
        open_ = 'const config: HardhatUserConfig = {'
        close = ['};', '', 'export default config;']
    else:
        head = ['require("@nomicfoundation/hardhat-toolbox");', 'require("dotenv").config();', '']
        open_ = 'module.exports = {'
        close = ['};']
    lines = head + body_top + ([''] if body_top else []) + [open_, '  solidity: {', '    version: "0.8.%d",' % c.choice([20, 24, 26, 28]),
                                                            '    settings: { optimizer: { enabled: true, runs: %d } },' % c.choice([200, 1000, 10000]),
                                                            '  },', '  networks: {', '    hardhat: {},'] + networks + ['  },']
    lines += extra or ['  etherscan: {', '    apiKey: process.env.ETHERSCAN_API_KEY || "",', '  },']
    lines += ['  gasReporter: { enabled: process.env.REPORT_GAS === "true", currency: "USD" },'] + close
    return ('hardhat.config.ts' if ts else 'hardhat.config.js'), '\n'.join(lines) + '\n', 'hardhat-config'


def t_hh_pk(c, sec, name):
    v = sec['value']
    mode = c.randint(0, 2)
    if mode == 0:
        return _hh_wrap(c, [], _hh_networks(c, '["%s"]' % v))
    if mode == 1:
        return _hh_wrap(c, ['const %s = "%s";' % (name, v)], _hh_networks(c, '[%s]' % name))
    return _hh_wrap(c, ['// falls back to the shared test deployer',
                        'const %s = vars.get("%s", "%s");' % (camel(name), name, v)], _hh_networks(c, '[%s]' % camel(name)))


def t_hh_mn(c, sec, name):
    v = sec['value']
    if c.chance(0.5):
        return _hh_wrap(c, [], _hh_networks(c, '{ mnemonic: "%s", count: %d }' % (v, c.choice([5, 10, 20]))))
    return _hh_wrap(c, ['const %s = "%s";' % (camel(name), v)], _hh_networks(c, '{ mnemonic: %s }' % camel(name)))


def t_hh_rpc(c, sec, name):
    return _hh_wrap(c, [], _hh_networks(c, 'process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : []', '"%s"' % sec['value']))


EXPLORER_NETS = {'etherscan': [EVM_NETS[0], EVM_NETS[1], EVM_NETS[2]], 'polygonscan': [EVM_NETS[3], EVM_NETS[4]],
                 'bscscan': [('bsc', 56, None, None), ('bscTestnet', 97, None, None)], 'arbiscan': [EVM_NETS[5]],
                 'basescan': [EVM_NETS[7], EVM_NETS[8]]}
for _n in [('bsc', 'https://bsc-dataseed.bnbchain.org'), ('bscTestnet', 'https://data-seed-prebsc-1-s1.bnbchain.org:8545')]:
    PUBLIC_RPC[_n[0]] = _n[1]


def explorer_net(c, sec):
    return c.choice(EXPLORER_NETS.get(sec.get('provider'), EVM_NETS))


def t_hh_explorer(c, sec, name):
    net = explorer_net(c, sec)
    if c.chance(0.5):
        extra = ['  etherscan: {', '    apiKey: "%s",' % sec['value'], '  },']
    else:
        extra = ['  etherscan: {', '    apiKey: {', '      %s: "%s",' % (net[0], sec['value']), '      mainnet: process.env.ETHERSCAN_API_KEY || "",', '    },', '  },']
    return _hh_wrap(c, [], _hh_networks(c, 'process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : []', net=net), extra)


def t_hh_cmc(c, sec, name):
    extra = ['  gasReporter: {', '    enabled: true,', '    currency: "EUR",', '    coinmarketcap: "%s",' % sec['value'],
             '    outputFile: "gas-report.txt",', '    noColors: true,', '  },']
    p, t, f = _hh_wrap(c, [], _hh_networks(c, 'process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : []'), extra)
    t = t.replace('  gasReporter: { enabled: process.env.REPORT_GAS === "true", currency: "USD" },\n', '')
    return p, t, f


def t_hh_tenderly(c, sec, name):
    extra = ['  tenderly: {', '    project: "%s",' % c.project(), '    username: "%s",' % c.user(),
             '    accessKey: "%s",' % sec['value'], '    privateVerification: true,', '  },']
    return _hh_wrap(c, ['import * as tdly from "@tenderly/hardhat-tenderly";', 'tdly.setup({ automaticVerifications: false });'],
                    _hh_networks(c, '[]'), extra, ts=True)


def t_vars_json(c, sec, name):
    net = c.net()
    d = {'_format': 'hh-vars-1', 'vars': {}}
    items = [('%s_RPC_URL' % net[0].upper(), PUBLIC_RPC[net[0]]), (name, sec['value']), ('REPORT_GAS', 'true')]
    c.r.shuffle(items)
    for k, v in items:
        d['vars'][k] = {'value': v}
    return c.choice(['.config/hardhat-nodejs/vars.json', 'hardhat-vars/vars.json']), json.dumps(d, indent=2) + '\n', 'hardhat-vars'


def t_forge_history(c, sec, name):
    net = c.net()
    v = sec['value'] if sec['value'].startswith('0x') else '0x' + sec['value']
    if not sec['needle'].startswith('0x'):
        v = sec['value']
    lines = ['cd ~/src/%s' % c.project(), 'forge build', 'forge test --match-contract %sTest -vv' % c.choice(CONTRACTS),
             c.choice(['forge script script/Deploy.s.sol:Deploy --rpc-url %s --private-key %s --broadcast' % (PUBLIC_RPC[net[0]], v),
                       'cast send %s "transfer(address,uint256)" %s 1000000000000000000 --private-key %s --rpc-url $RPC' % (c.address(), c.address(), v),
                       'cast wallet import %s --private-key %s' % (c.choice(['deployer', 'ops', 'test-acct']), v),
                       'forge create src/%s.sol:%s --private-key %s --rpc-url $SEPOLIA_RPC' % ((c.choice(CONTRACTS),) * 2 + (v,))]),
             'cast receipt %s --rpc-url $RPC' % c.h32(), 'git add -A', 'git commit -m "deploy %s"' % net[0]]
    return c.choice(['.zsh_history', '.bash_history']), '\n'.join(lines) + '\n', 'shell-history'


def t_deploy_sol(c, sec, name):
    h = sec['hex']
    ct = c.choice(CONTRACTS)
    lines = ['// SPDX-License-Identifier: MIT', 'pragma solidity ^0.8.20;', '', 'import {Script, console} from "forge-std/Script.sol";',
             'import {%s} from "../src/%s.sol";' % (ct, ct), '', 'contract Deploy is Script {',
             '    address constant OWNER = %s;' % c.address(), '',
             '    function run() external {',
             '        uint256 %s = 0x%s;' % (camel(name), h),
             '        vm.startBroadcast(%s);' % camel(name), '        %s deployed = new %s(OWNER);' % (ct, ct),
             '        console.log("%s at", address(deployed));' % ct, '        vm.stopBroadcast();', '    }', '}']
    sec['needle'] = '0x' + h
    return c.choice(['script/Deploy.s.sol', 'script/Deploy%s.s.sol' % ct]), '\n'.join(lines) + '\n', 'solidity'


def t_truffle(c, sec, name):
    v = sec['value']
    net = c.net()
    if ' ' in v:
        decl = ['const mnemonic = "%s";' % v]
        prov = 'new HDWalletProvider(mnemonic, `https://%s.infura.io/v3/${process.env.INFURA_PROJECT_ID}`)' % net[3]
    else:
        decl = ['const %s = "%s";' % (camel(name), v)]
        prov = 'new HDWalletProvider({ privateKeys: [%s], providerOrUrl: process.env.RPC_URL })' % camel(name)
    lines = ['const HDWalletProvider = require("@truffle/hdwallet-provider");', ''] + decl + ['', 'module.exports = {', '  networks: {',
             '    development: { host: "127.0.0.1", port: 8545, network_id: "*" },', '    %s: {' % net[0],
             '      provider: () => %s,' % prov, '      network_id: %d,' % net[1], '      confirmations: 2,',
             '      timeoutBlocks: 200,', '      skipDryRun: true,', '    },', '  },',
             '  compilers: { solc: { version: "0.8.%d" } },' % c.choice([19, 21]), '};']
    return 'truffle-config.js', '\n'.join(lines) + '\n', 'truffle-config'


def t_brownie(c, sec, name):
    lines = ['dotenv: .env', 'dependencies:', '  - OpenZeppelin/openzeppelin-contracts@4.9.3', 'compiler:', '  solc:',
             '    remappings:', "      - '@openzeppelin=OpenZeppelin/openzeppelin-contracts@4.9.3'", 'networks:',
             '  default: development', '  sepolia:', '    verify: True', '    vrf_coordinator: "%s"' % c.address(), 'wallets:',
             '  from_key: "%s"' % sec['value'], 'reports:', '  exclude_contracts:', '    - SafeMath']
    return 'brownie-config.yaml', '\n'.join(lines) + '\n', 'brownie-config'


def t_ape(c, sec, name):
    net = sec.get('net') or c.net()
    lines = ['name: %s' % c.project(), 'plugins:', '  - name: solidity', '  - name: etherscan', '  - name: foundry', '',
             'ethereum:', '  default_network: %s' % ('sepolia' if 'sepolia' in sec['value'] else 'mainnet'), '', 'node:', '  ethereum:',
             '    mainnet:', '      uri: %s' % sec['value'], '    sepolia:', '      uri: %s' % PUBLIC_RPC['sepolia'], '',
             'test:', '  mnemonic: test test test test test test test test test test test junk', '  number_of_accounts: 5']
    return 'ape-config.yaml', '\n'.join(lines) + '\n', 'ape-config'


def t_foundry_rpc(c, sec, name):
    lines = ['[profile.default]', 'src = "src"', 'out = "out"', 'libs = ["lib"]', 'solc = "0.8.%d"' % c.choice([24, 26, 28]),
             'optimizer = true', 'optimizer_runs = %d' % c.choice([200, 1000]), '', '[rpc_endpoints]',
             'mainnet = "%s"' % sec['value'], 'sepolia = "${SEPOLIA_RPC_URL}"', 'anvil = "http://127.0.0.1:8545"', '',
             '[etherscan]', 'mainnet = { key = "${ETHERSCAN_API_KEY}" }', '', '[fmt]', 'line_length = 120']
    return 'foundry.toml', '\n'.join(lines) + '\n', 'foundry-toml'


def t_foundry_explorer(c, sec, name):
    net = explorer_net(c, sec)
    lines = ['[profile.default]', 'src = "src"', 'out = "out"', 'libs = ["lib"]', 'fs_permissions = [{ access = "read", path = "./broadcast" }]',
             '', '[rpc_endpoints]', '%s = "${%s_RPC_URL}"' % (net[0], net[0].upper()), '', '[etherscan]',
             '%s = { key = "%s", chain = %d }' % (net[0], sec['value'], net[1]), '', '# See more config options https://github.com/foundry-rs/foundry/blob/master/crates/config/README.md']
    return 'foundry.toml', '\n'.join(lines) + '\n', 'foundry-toml'


def t_verify_cmd(c, sec, name):
    net = explorer_net(c, sec)
    ct = c.choice(CONTRACTS)
    cmd = 'forge verify-contract --chain-id %d --watch --etherscan-api-key %s %s src/%s.sol:%s' % (net[1], sec['value'], c.address(), ct, ct)
    if c.chance(0.5):
        lines = ['name: verify', 'on: workflow_dispatch', 'jobs:', '  verify:', '    runs-on: ubuntu-latest', '    steps:',
                 '      - uses: actions/checkout@v4', '        with: { submodules: recursive }', '      - uses: foundry-rs/foundry-toolchain@v1',
                 '      - run: forge build', '      - run: %s' % cmd]
        return '.github/workflows/verify.yml', '\n'.join(lines) + '\n', 'github-actions'
    lines = ['forge build', 'forge script script/Deploy.s.sol --rpc-url $RPC_URL --account deployer --broadcast', cmd,
             'cast code %s --rpc-url $RPC_URL | head -c 20' % c.address()]
    return '.zsh_history', '\n'.join(lines) + '\n', 'shell-history'


def t_anchor(c, sec, name):
    prog = c.choice(['escrow', 'staking', 'raffle', 'vault', 'counter'])
    lines = ['[toolchain]', 'anchor_version = "0.30.1"', '', '[features]', 'resolution = true', 'skip-lint = false', '',
             '[programs.localnet]', '%s = "%s"' % (prog, c.sol_pubkey()), '', '[registry]', 'url = "https://api.apr.dev"', '',
             '[provider]', 'cluster = "%s"' % sec['value'], 'wallet = "~/.config/solana/id.json"', '', '[scripts]',
             'test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts"']
    return 'Anchor.toml', '\n'.join(lines) + '\n', 'anchor-toml'


def t_sol_idjson(c, sec, name):
    return c.choice(['.config/solana/id.json', 'keys/deployer.json', 'target/deploy/escrow-keypair.json', 'wallet/devnet.json']), sec['value'] + '\n', 'solana-keypair'


def t_sol_ts(c, sec, name):
    v = sec['value']
    expr = 'Keypair.fromSecretKey(Uint8Array.from(%s))' % v if v.startswith('[') else 'Keypair.fromSecretKey(bs58.decode("%s"))' % v
    lines = ['import { Connection, Keypair, LAMPORTS_PER_SOL, clusterApiUrl } from "@solana/web3.js";']
    if not v.startswith('['):
        lines.append('import bs58 from "bs58";')
    lines += ['', 'const connection = new Connection(clusterApiUrl("devnet"), "confirmed");', '',
              '// %s' % c.choice(['payer for the airdrop script', 'fee payer', 'authority wallet']),
              'const payer = %s;' % expr, '', '(async () => {', '  const bal = await connection.getBalance(payer.publicKey);',
              '  console.log(payer.publicKey.toBase58(), bal / LAMPORTS_PER_SOL);', '})();']
    return c.choice(['scripts/airdrop.ts', 'tests/setup.ts', 'scripts/mint.ts']), '\n'.join(lines) + '\n', 'typescript'


def t_aptos_config(c, sec, name):
    net = c.choice(['Testnet', 'Devnet', 'Mainnet'])
    lines = ['---', 'profiles:', '  default:', '    network: %s' % net, '    private_key: "%s"' % sec['value'],
             '    public_key: "%s"' % sec['pub'], '    account: %s' % sec['account'],
             '    rest_url: "https://fullnode.%s.aptoslabs.com"' % net.lower()]
    if net != 'Mainnet':
        lines.append('    faucet_url: "https://faucet.%s.aptoslabs.com"' % net.lower())
    return '.aptos/config.yaml', '\n'.join(lines) + '\n', 'aptos-config'


def t_sui_keystore(c, sec, name):
    return c.choice(['.sui/sui_config/sui.keystore', 'sui_config/sui.keystore']), '[\n  "%s"\n]' % sec['value'], 'sui-keystore'


def t_sui_history(c, sec, name):
    lines = ['sui client envs', 'sui client switch --env testnet', 'sui keytool import %s ed25519' % sec['value'],
             'sui client active-address', 'sui client publish --gas-budget 100000000', 'sui client objects']
    return '.bash_history', '\n'.join(lines) + '\n', 'shell-history'


def t_sui_ts(c, sec, name):
    lines = ['import { getFullnodeUrl, SuiClient } from "@mysten/sui/client";', 'import { Ed25519Keypair } from "@mysten/sui/keypairs/ed25519";',
             '', 'const client = new SuiClient({ url: getFullnodeUrl("testnet") });',
             'const keypair = Ed25519Keypair.fromSecretKey("%s");' % sec['value'], '',
             'export async function whoami() {', '  const addr = keypair.getPublicKey().toSuiAddress();',
             '  console.log(addr, await client.getBalance({ owner: addr }));', '}']
    return 'scripts/sui-setup.ts', '\n'.join(lines) + '\n', 'typescript'


def t_cosmjs(c, sec, name):
    pre = c.choice(['wasm', 'osmo', 'neutron', 'juno'])
    lines = ['import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";', 'import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";',
             'import { GasPrice } from "@cosmjs/stargate";', '', 'const RPC = "https://rpc.%s.example-net.org:443";' % pre, '',
             'async function main() {', '  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(',
             '    "%s",' % sec['value'], '    { prefix: "%s" },' % pre, '  );',
             '  const [acct] = await wallet.getAccounts();',
             '  const client = await SigningCosmWasmClient.connectWithSigner(RPC, wallet, { gasPrice: GasPrice.fromString("0.025u%s") });' % pre[:4],
             '  const res = await client.upload(acct.address, wasm, "auto");', '  console.log("code id", res.codeId);', '}', '', 'main();']
    return c.choice(['scripts/deploy.ts', 'scripts/instantiate.ts']), '\n'.join(lines) + '\n', 'typescript'


def t_cosmos_history(c, sec, name):
    b = c.choice(['wasmd', 'osmosisd', 'junod', 'gaiad'])
    lines = ['%s config chain-id testing' % b, 'echo "%s" | %s keys add deployer --recover --keyring-backend test' % (sec['value'], b),
             '%s keys list --keyring-backend test' % b, 'docker run --rm -v "$(pwd)":/code cosmwasm/optimizer:0.16.0',
             '%s tx wasm store artifacts/contract.wasm --from deployer --gas auto --gas-adjustment 1.3 -y' % b, '%s query wasm list-code' % b]
    return '.bash_history', '\n'.join(lines) + '\n', 'shell-history'


def t_rust_pk(c, sec, name):
    v = sec['value']
    if c.chance(0.5):
        lines = ['use alloy::{network::EthereumWallet, providers::ProviderBuilder, signers::local::PrivateKeySigner};',
                 'use std::str::FromStr;', '', '#[tokio::main]', 'async fn main() -> eyre::Result<()> {',
                 '    let signer = PrivateKeySigner::from_str("%s")?;' % v, '    let wallet = EthereumWallet::from(signer);',
                 '    let rpc_url = std::env::var("RPC_URL")?.parse()?;',
                 '    let provider = ProviderBuilder::new().wallet(wallet).on_http(rpc_url);',
                 '    println!("block {}", provider.get_block_number().await?);', '    Ok(())', '}']
    else:
        lines = ['use ethers::prelude::*;', 'use std::sync::Arc;', '', 'const %s: &str = "%s";' % (name, v), '',
                 '#[tokio::main]', 'async fn main() -> Result<(), Box<dyn std::error::Error>> {',
                 '    let provider = Provider::<Http>::try_from("%s")?;' % PUBLIC_RPC['sepolia'],
                 '    let wallet: LocalWallet = %s.parse::<LocalWallet>()?.with_chain_id(11155111u64);' % name,
                 '    let client = Arc::new(SignerMiddleware::new(provider, wallet));',
                 '    println!("{:?}", client.address());', '    Ok(())', '}']
    return c.choice(['src/main.rs', 'src/bin/deploy.rs', 'bots/liquidator/src/main.rs']), '\n'.join(lines) + '\n', 'rust'


def t_go_pk(c, sec, name):
    h = sec['hex']
    sec['needle'] = h
    lines = ['package main', '', 'import (', '\t"context"', '\t"fmt"', '\t"log"', '', '\t"github.com/ethereum/go-ethereum/crypto"',
             '\t"github.com/ethereum/go-ethereum/ethclient"', ')', '', 'const rpcURL = "%s"' % PUBLIC_RPC['sepolia'], '',
             'func main() {', '\tclient, err := ethclient.Dial(rpcURL)', '\tif err != nil {', '\t\tlog.Fatal(err)', '\t}',
             '\tkey, err := crypto.HexToECDSA("%s")' % h, '\tif err != nil {', '\t\tlog.Fatal(err)', '\t}',
             '\tfrom := crypto.PubkeyToAddress(key.PublicKey)', '\tnonce, _ := client.PendingNonceAt(context.Background(), from)',
             '\tfmt.Println(from.Hex(), nonce)', '}']
    return c.choice(['cmd/deployer/main.go', 'main.go', 'tools/faucet/main.go']), '\n'.join(lines) + '\n', 'go'


def t_py_pk(c, sec, name):
    v = sec['value']
    if ' ' in v:
        acct = ['Account.enable_unaudited_hdwallet_features()', 'acct = Account.from_mnemonic("%s", account_path="m/44\'/60\'/0\'/0/0")' % v]
    else:
        acct = ['acct = Account.from_key("%s")' % v]
    lines = ['from eth_account import Account', 'from web3 import Web3', '', 'w3 = Web3(Web3.HTTPProvider("%s"))' % PUBLIC_RPC['sepolia']] + acct + [
        '', 'tx = {', '    "to": "%s",' % c.address(), '    "value": w3.to_wei(0.01, "ether"),', '    "nonce": w3.eth.get_transaction_count(acct.address),',
        '    "gas": 21000,', '    "maxFeePerGas": w3.to_wei(30, "gwei"),', '    "maxPriorityFeePerGas": w3.to_wei(1, "gwei"),',
        '    "chainId": 11155111,', '}', 'signed = acct.sign_transaction(tx)', 'print(w3.eth.send_raw_transaction(signed.raw_transaction).hex())']
    return c.choice(['scripts/fund.py', 'scripts/send_eth.py', 'faucet/drip.py']), '\n'.join(lines) + '\n', 'python'


def t_secret_file(c, sec, name):
    return c.choice(['.secret', 'secrets/.mnemonic', '.deployer-mnemonic']), sec['value'] + '\n', 'secret-file'


def t_chainlink_api(c, sec, name):
    return c.choice(['chainlink/.api', '.chainlink-sepolia/.api', 'node/.api']), '%s\n%s\n' % (c.email(), sec['value']), 'chainlink-api'


def t_chainlink_pw(c, sec, name):
    return c.choice(['chainlink/.password', '.chainlink-sepolia/.password', 'node/.password']), sec['value'] + '\n', 'chainlink-password'


def t_chainlink_secrets(c, sec, name):
    lines = ['[Database]', "URL = 'postgresql://chainlink:%s@postgres:5432/chainlink?sslmode=disable'" % sec['value'],
             'AllowSimplePasswords = false', '', '[Password]', "# Keystore is read from CL_PASSWORD_KEYSTORE in this deployment"]
    return c.choice(['chainlink/secrets.toml', 'secrets.toml']), '\n'.join(lines) + '\n', 'chainlink-toml'


def t_chainlink_config(c, sec, name):
    key = sec['needle']
    net = c.choice(EVM_NETS[:3])
    lines = ['[Log]', "Level = 'warn'", '', '[WebServer]', 'AllowOrigins = \'*\'', 'SecureCookies = false', '', '[WebServer.TLS]', 'HTTPSPort = 0', '',
             '[[EVM]]', 'ChainID = \'%d\'' % net[1], '', '[[EVM.Nodes]]', "Name = '%s-primary'" % net[0],
             "WSURL = 'wss://%s.g.alchemy.com/v2/%s'" % (net[2], key), "HTTPURL = 'https://%s.g.alchemy.com/v2/%s'" % (net[2], key)]
    return c.choice(['chainlink/config.toml', 'config.toml']), '\n'.join(lines) + '\n', 'chainlink-toml'


def t_validator_pw(c, sec, name):
    if c.chance(0.5):
        return c.choice(['validator_keys/password.txt', 'secrets/keystore_password.txt']), sec['value'] + '\n', 'password-file'
    lines = ['services:', '  validator:', '    image: sigp/lighthouse:v5.3.0', '    command:', '      - lighthouse', '      - vc',
             '      - --network=holesky', '      - --beacon-nodes=http://beacon:5052', '      - --suggested-fee-recipient=%s' % c.address(),
             '    environment:', '      KEYSTORE_PASSWORD: "%s"' % sec['value'], '    volumes:', '      - ./validator_keys:/keys:ro']
    return 'docker-compose.yml', '\n'.join(lines) + '\n', 'docker-compose'


def t_pinata_js(c, sec, name):
    v = sec['value']
    if v.startswith('eyJ'):
        mode = c.randint(0, 1)
        if mode == 0:
            lines = ['import { PinataSDK } from "pinata";', '', 'export const pinata = new PinataSDK({',
                     '  pinataJwt: "%s",' % v, '  pinataGateway: "%s.mypinata.cloud",' % c.choice(['amber-quiet-lynx', 'lumen-assets', 'orbit-media']), '});']
        else:
            lines = ['const fs = require("fs");', '', 'async function pin(path) {', '  const form = new FormData();',
                     '  form.append("file", new Blob([fs.readFileSync(path)]));',
                     '  const res = await fetch("https://api.pinata.cloud/pinning/pinFileToIPFS", {', '    method: "POST",',
                     '    headers: { Authorization: "Bearer %s" },' % v, '    body: form,', '  });', '  return (await res.json()).IpfsHash;', '}',
                     '', 'module.exports = { pin };']
    else:
        lines = ['const axios = require("axios");', '', 'const pinata = axios.create({', '  baseURL: "https://api.pinata.cloud",',
                 '  headers: {', '    pinata_api_key: "%s",' % sec['api_key'], '    pinata_secret_api_key: "%s",' % v, '  },', '});', '',
                 'async function pinJSON(body) {', '  const { data } = await pinata.post("/pinning/pinJSONToIPFS", body);', '  return data.IpfsHash;', '}',
                 '', 'module.exports = { pinJSON };']
    return c.choice(['scripts/pinata.js', 'lib/ipfs.js', 'scripts/upload-metadata.js', 'utils/pinata.ts']), '\n'.join(lines) + '\n', 'javascript'


def t_w3s_js(c, sec, name):
    cls = 'NFTStorage' if 'nft-storage' in base64.urlsafe_b64decode(sec['value'].split('.')[1] + '==').decode() else 'Web3Storage'
    pkg = 'nft.storage' if cls == 'NFTStorage' else 'web3.storage'
    lines = ['import { %s, File } from "%s";' % (cls, pkg), 'import { readFile } from "node:fs/promises";', '',
             'const client = new %s({ token: "%s" });' % (cls, sec['value']), '',
             'export async function storeMetadata(path) {', '  const data = await readFile(path);',
             '  const cid = await client.%s(%s);' % (('storeBlob', 'new Blob([data])') if cls == 'NFTStorage' else ('put', '[new File([data], "metadata.json")]')),
             '  console.log("stored", cid);', '  return cid;', '}']
    return c.choice(['scripts/store.mjs', 'scripts/upload.mjs']), '\n'.join(lines) + '\n', 'javascript'


def t_storacha(c, sec, name):
    lines = ['import * as Client from "@storacha/client";', 'import { StoreMemory } from "@storacha/client/stores/memory";',
             'import * as Proof from "@storacha/client/proof";', 'import { Signer } from "@storacha/client/principal/ed25519";', '',
             '// agent %s' % sec['did'], 'const principal = Signer.parse("%s");' % sec['value'],
             'const store = new StoreMemory();', 'const client = await Client.create({ principal, store });',
             'const proof = await Proof.parse(process.env.STORACHA_PROOF);', 'const space = await client.addSpace(proof);',
             'await client.setCurrentSpace(space.did());']
    return 'scripts/storacha-upload.mjs', '\n'.join(lines) + '\n', 'javascript'


def t_filebase(c, sec, name):
    lines = ['[default]', 'region = us-east-1', '', '[profile filebase]', 'region = us-east-1']
    creds = ['[filebase]', 'aws_access_key_id = %s' % sec['access'], 'aws_secret_access_key = %s' % sec['value'], '',
             '# usage: aws --profile filebase --endpoint-url https://s3.filebase.com s3 ls s3://%s-assets' % c.project()]
    if c.chance(0.5):
        return '.aws/credentials', '\n'.join(['[default]', 'aws_access_key_id = ${AWS_ACCESS_KEY_ID}', ''] + creds) + '\n', 'ini'
    lines = ['import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";', '', 'const s3 = new S3Client({',
             '  endpoint: "https://s3.filebase.com",', '  region: "us-east-1",', '  credentials: {',
             '    accessKeyId: "%s",' % sec['access'], '    secretAccessKey: "%s",' % sec['value'], '  },', '});', '',
             'export const putMetadata = (key, body) =>', '  s3.send(new PutObjectCommand({ Bucket: "%s-metadata", Key: key, Body: body }));' % c.project()]
    return 'lib/filebase.ts', '\n'.join(lines) + '\n', 'typescript'


def t_thirdweb(c, sec, name):
    if c.chance(0.4):
        pkg = {'name': c.project(), 'private': True, 'scripts': {'build': 'npx thirdweb build',
               'deploy': 'npx thirdweb deploy -k %s' % sec['value'], 'test': 'forge test'}}
        return 'package.json', json.dumps(pkg, indent=2) + '\n', 'package.json'
    lines = ['import { createThirdwebClient, getContract } from "thirdweb";', 'import { sepolia } from "thirdweb/chains";', '',
             'export const client = createThirdwebClient({', '  secretKey: "%s",' % sec['value'], '});', '',
             'export const contract = getContract({ client, chain: sepolia, address: "%s" });' % c.address()]
    return c.choice(['src/lib/thirdweb.server.ts', 'scripts/claim.ts']), '\n'.join(lines) + '\n', 'typescript'


def t_biconomy(c, sec, name):
    lines = ['import { createSmartAccountClient } from "@biconomy/account";', 'import { createWalletClient, http } from "viem";',
             'import { privateKeyToAccount } from "viem/accounts";', '',
             'const signer = createWalletClient({ account: privateKeyToAccount(process.env.SIGNER_KEY as `0x${string}`), transport: http() });', '',
             'export const smartAccount = await createSmartAccountClient({', '  signer,',
             '  bundlerUrl: "https://bundler.biconomy.io/api/v2/%d/${process.env.BUNDLER_ID}",' % sec['chain'],
             '  biconomyPaymasterApiKey: "%s",' % sec['raw'], '});']
    return c.choice(['src/aa.ts', 'scripts/gasless.ts']), '\n'.join(lines) + '\n', 'typescript'


def t_gelato(c, sec, name):
    lines = ['import { GelatoRelay, SponsoredCallRequest } from "@gelatonetwork/relay-sdk";', 'import { ethers } from "ethers";', '',
             'const relay = new GelatoRelay();', 'const %s = "%s";' % (camel(name), sec['value']), '',
             'export async function mintGasless(to: string) {',
             '  const iface = new ethers.Interface(["function mint(address to)"]);',
             '  const request: SponsoredCallRequest = {', '    chainId: BigInt(%d),' % c.choice([137, 8453, 11155111]),
             '    target: "%s",' % c.address(), '    data: iface.encodeFunctionData("mint", [to]),', '  };',
             '  const { taskId } = await relay.sponsoredCall(request, %s);' % camel(name), '  return taskId;', '}']
    return 'src/relay.ts', '\n'.join(lines) + '\n', 'typescript'


def t_defender(c, sec, name):
    if c.chance(0.5):
        lines = ['const { Defender } = require("@openzeppelin/defender-sdk");', '', 'const client = new Defender({',
                 '  relayerApiKey: "%s",' % sec['api_key'], '  relayerApiSecret: "%s",' % sec['value'], '});', '',
                 'async function main() {', '  const tx = await client.relaySigner.sendTransaction({',
                 '    to: "%s",' % c.address(), '    value: 0,', '    data: "%s",' % selector('harvest()'), '    gasLimit: 300000,', '    speed: "fast",',
                 '  });', '  console.log(tx.hash);', '}', '', 'main();']
        return 'autotasks/harvest/index.js', '\n'.join(lines) + '\n', 'javascript'
    lines = ['defender:', '  apiKey: %s' % sec['api_key'], '  apiSecret: %s' % sec['value'], 'network: %s' % c.net()[0],
             'proposal:', '  multisig: "%s"' % c.address(), '  title: "Upgrade %s to v2"' % c.choice(CONTRACTS)]
    return 'defender.config.yml', '\n'.join(lines) + '\n', 'yaml'


def t_moralis(c, sec, name):
    lines = ['import Moralis from "moralis";', 'import { EvmChain } from "@moralisweb3/common-evm-utils";', '',
             'await Moralis.start({', '  apiKey: "%s",' % sec['value'], '});', '',
             'const res = await Moralis.EvmApi.token.getWalletTokenBalances({', '  address: "%s",' % c.address(),
             '  chain: EvmChain.ETHEREUM,', '});', 'console.log(res.toJSON());']
    return c.choice(['scripts/balances.mjs', 'src/moralis.ts']), '\n'.join(lines) + '\n', 'javascript'


def t_opensea(c, sec, name):
    lines = ['import requests', '', 'COLLECTION = "%s"' % c.project(), 'HEADERS = {"accept": "application/json", "x-api-key": "%s"}' % sec['value'],
             '', '', 'def listings(limit=50):', '    url = f"https://api.opensea.io/api/v2/listings/collection/{COLLECTION}/all"',
             '    r = requests.get(url, headers=HEADERS, params={"limit": limit}, timeout=20)', '    r.raise_for_status()',
             '    return r.json()["listings"]', '', '', 'if __name__ == "__main__":', '    print(len(listings()))']
    return 'scripts/opensea_floor.py', '\n'.join(lines) + '\n', 'python'


def t_graph(c, sec, name):
    slug = c.project()
    if c.chance(0.5):
        pkg = {'name': slug + '-subgraph', 'license': 'UNLICENSED', 'scripts': {'codegen': 'graph codegen', 'build': 'graph build',
               'deploy': 'graph deploy --node https://api.studio.thegraph.com/deploy/ --deploy-key %s %s' % (sec['value'], slug)},
               'dependencies': {'@graphprotocol/graph-cli': '0.80.0', '@graphprotocol/graph-ts': '0.35.1'}}
        return 'subgraph/package.json', json.dumps(pkg, indent=2) + '\n', 'package.json'
    lines = ['cd subgraph', 'npm i -g @graphprotocol/graph-cli', 'graph init --studio %s' % slug, 'yarn codegen && yarn build',
             'graph auth --studio %s' % sec['value'], 'graph deploy --studio %s' % slug, 'git add networks.json subgraph.yaml']
    return '.zsh_history', '\n'.join(lines) + '\n', 'shell-history'


def t_tenderly_cfg(c, sec, name):
    lines = ['access_key: %s' % sec['value'], 'access_key_id: %s' % c.uuid(), 'account_id: %s' % c.user(),
             'email: %s' % c.email(), 'token: ""', 'username: %s' % c.user()]
    return '.tenderly/config.yaml', '\n'.join(lines) + '\n', 'tenderly-config'


def t_explorer_py(c, sec, name):
    host = {'etherscan': 'api.etherscan.io', 'polygonscan': 'api.polygonscan.com', 'bscscan': 'api.bscscan.com',
            'arbiscan': 'api.arbiscan.io', 'basescan': 'api.basescan.org'}[sec['provider']]
    lines = ['import requests', '', 'ADDR = "%s"' % c.address(), '',
             'r = requests.get("https://%s/api?module=account&action=txlist&address=" + ADDR + "&sort=desc&apikey=%s")' % (host, sec['value']),
             'txs = r.json()["result"]', 'print(len(txs), "txs")', 'for t in txs[:5]:', '    print(t["hash"], t["functionName"])']
    return c.choice(['scripts/txlist.py', 'tools/explorer.py']), '\n'.join(lines) + '\n', 'python'


def t_infura_secret(c, sec, name):
    net = c.net()
    lines = ['const { ethers } = require("ethers");', '', 'const provider = new ethers.InfuraProvider("%s", {' % net[0],
             '  projectId: process.env.INFURA_PROJECT_ID,', '  projectSecret: "%s",' % sec['value'], '});', '',
             'provider.getBlockNumber().then((n) => console.log("%s block", n));' % net[0]]
    return 'scripts/block.js', '\n'.join(lines) + '\n', 'javascript'


def t_cast_pw(c, sec, name):
    lines = ['cast wallet new', 'cast wallet import %s --private-key $PRIVATE_KEY --unsafe-password \'%s\'' % (c.choice(['deployer', 'ops', 'keeper']), sec['value']),
             'unset PRIVATE_KEY', 'cast wallet list', 'forge script script/Deploy.s.sol --account deployer --broadcast --rpc-url $RPC_URL']
    return '.zsh_history', '\n'.join(lines) + '\n', 'shell-history'


def _url(fn):
    def t(c, sec, name):
        return fn(c, dict(sec, value=sec['url']), name)
    t.__name__ = fn.__name__ + '_url'
    return t


GEN_PK = ['PK', 'DEPLOYER_KEY', 'SIGNER', 'KEY', 'OWNER_KEY', 'ACCOUNT_0', 'WALLET', 'SECRET', 'AUTH', 'BOT_KEY', 'HOT_WALLET', 'ADMIN']
GEN_MN = ['SEED', 'PHRASE', 'WORDS', 'SECRET', 'WALLET_SEED', 'RECOVERY', 'HD_SEED']
GEN_API = ['API_KEY', 'KEY', 'TOKEN', 'AUTH', 'ACCESS_TOKEN', 'SECRET', 'SERVICE_KEY', 'APP_KEY', 'X_API_KEY', 'LLM_KEY']
GEN_URL = ['RPC', 'RPC_URL', 'NODE_URL', 'PROVIDER_URL', 'ETH_NODE', 'HTTP_PROVIDER', 'FORK_URL', 'UPSTREAM']
GEN_PW = ['PASSWORD', 'PASS', 'KEYSTORE_PASS', 'PWD', 'SECRET']
ALLC = list(CARRIERS)
KV = ['env', 'compose', 'gha', 'make', 'history', 'readme', 'yaml']


def spec(provider, kind, gen, names, generic, carriers, specials, weight, urlnames=()):
    return {'provider': provider, 'kind': kind, 'gen': gen, 'names': names, 'generic': generic, 'carriers': carriers,
            'specials': specials, 'weight': weight, 'urlnames': list(urlnames)}


def _explorer(p, w):
    up = p.upper()
    names = [up + '_API_KEY', up + '_KEY'] + (['ETHERSCAN_TOKEN', 'ETHERSCAN_APIKEY'] if p == 'etherscan' else [])
    return spec(p, 'api_key', g_plain(UP_ALNUM, 34), names, GEN_API, ALLC, [t_hh_explorer, t_foundry_explorer, t_verify_cmd, t_explorer_py], w)


SPECS = [
    spec('ethereum', 'private_key_hex_0x', g_evm0x, ['PRIVATE_KEY', 'DEPLOYER_PRIVATE_KEY', 'SEPOLIA_PRIVATE_KEY', 'ETH_PRIVATE_KEY', 'MAINNET_PRIVATE_KEY'],
         GEN_PK, ALLC, [t_hh_pk, t_forge_history, t_deploy_sol, t_deploy_sol, t_brownie, t_vars_json, t_rust_pk, t_rust_pk, t_py_pk, t_truffle], 40),
    spec('ethereum', 'private_key_hex', g_evmraw, ['PRIVATE_KEY', 'DEPLOYER_PRIVATE_KEY', 'ETH_PRIVATE_KEY', 'RELAYER_PRIVATE_KEY'],
         GEN_PK, ALLC, [t_go_pk, t_go_pk, t_go_pk, t_hh_pk, t_truffle, t_vars_json, t_py_pk, t_forge_history], 22),
    spec('bip39', 'mnemonic_12', g_mn12, ['MNEMONIC', 'SEED_PHRASE', 'DEPLOYER_MNEMONIC', 'WALLET_MNEMONIC', 'HD_MNEMONIC'],
         GEN_MN, ALLC, [t_hh_mn, t_truffle, t_py_pk, t_secret_file, t_vars_json], 20),
    spec('bip39', 'mnemonic_24', g_mn24, ['MNEMONIC', 'SEED_PHRASE', 'LEDGER_BACKUP_MNEMONIC', 'WALLET_MNEMONIC'],
         GEN_MN, ALLC, [t_hh_mn, t_truffle, t_py_pk, t_secret_file], 12),
    spec('cosmos', 'mnemonic', g_mn24, ['MNEMONIC', 'COSMOS_MNEMONIC', 'WASM_MNEMONIC', 'OSMO_MNEMONIC', 'VALIDATOR_MNEMONIC'],
         GEN_MN, ['env', 'compose', 'gha', 'yaml'], [t_cosmjs, t_cosmos_history], 10),
    spec('solana', 'keypair_json', g_sol_json, ['SOLANA_PRIVATE_KEY', 'SOLANA_KEYPAIR', 'PAYER_KEYPAIR', 'WALLET_SECRET_KEY'],
         GEN_PK, ['env', 'compose', 'gha'], [t_sol_idjson, t_sol_idjson, t_sol_ts], 14),
    spec('solana', 'secret_key_base58', g_sol_b58, ['SOLANA_PRIVATE_KEY', 'PHANTOM_PRIVATE_KEY', 'PAYER_SECRET_KEY', 'SOL_PRIVATE_KEY'],
         GEN_PK, ['env', 'compose', 'gha', 'py', 'readme', 'history'], [t_sol_ts], 12),
    spec('aptos', 'private_key', g_aptos, ['APTOS_PRIVATE_KEY', 'MODULE_PUBLISHER_PRIVATE_KEY', 'APTOS_ACCOUNT_KEY'],
         GEN_PK, ['env', 'gha', 'compose', 'ts'], [t_aptos_config, t_aptos_config], 10),
    spec('sui', 'private_key_bech32', g_sui_bech, ['SUI_PRIVATE_KEY', 'SUI_SECRET_KEY', 'ADMIN_SECRET_KEY'],
         GEN_PK, ['env', 'gha', 'compose'], [t_sui_ts, t_sui_history], 10),
    spec('sui', 'keystore_base64', g_sui_b64, ['SUI_KEYSTORE_KEY', 'SUI_PRIVATE_KEY'], GEN_PK, ['env'], [t_sui_keystore, t_sui_keystore], 6),
    spec('infura', 'project_id', g_infura, ['INFURA_API_KEY', 'INFURA_PROJECT_ID', 'INFURA_ID', 'INFURA_KEY'], GEN_API, ALLC,
         [_url(t_hh_rpc), _url(t_foundry_rpc), _url(t_ape)], 12, ['MAINNET_RPC_URL', 'SEPOLIA_RPC_URL', 'INFURA_URL', 'ETH_NODE_URL']),
    spec('infura', 'api_key_secret', g_infura_secret, ['INFURA_API_KEY_SECRET', 'INFURA_PROJECT_SECRET', 'INFURA_SECRET'],
         GEN_API, KV, [t_infura_secret], 6),
    spec('alchemy', 'api_key', g_alchemy, ['ALCHEMY_API_KEY', 'ALCHEMY_KEY', 'ALCHEMY_ID'], GEN_API, ALLC,
         [_url(t_hh_rpc), _url(t_foundry_rpc), _url(t_ape), t_chainlink_config], 20,
         ['ALCHEMY_RPC_URL', 'MAINNET_RPC_URL', 'SEPOLIA_RPC_URL', 'ETH_RPC_URL', 'ALCHEMY_URL']),
    spec('quicknode', 'endpoint_token', g_quicknode, [], GEN_URL, ALLC, [t_hh_rpc, t_foundry_rpc, t_ape], 10,
         ['QUICKNODE_URL', 'QUICKNODE_HTTP_URL', 'QN_ENDPOINT', 'QUICKNODE_RPC']),
    spec('ankr', 'api_key', g_ankr, [], GEN_URL, ALLC, [t_hh_rpc, t_foundry_rpc], 6, ['ANKR_RPC_URL', 'ANKR_URL']),
    spec('chainstack', 'endpoint_key', g_chainstack, [], GEN_URL, ALLC, [t_hh_rpc, t_foundry_rpc, t_ape], 6,
         ['CHAINSTACK_URL', 'CHAINSTACK_NODE_URL', 'CHAINSTACK_ENDPOINT']),
    spec('helius', 'api_key', g_helius, ['HELIUS_API_KEY', 'HELIUS_KEY'], GEN_API, ['env', 'compose', 'gha', 'py', 'ts', 'readme'], [_url(t_anchor), _url(t_anchor)], 8,
         ['HELIUS_RPC_URL', 'HELIUS_URL', 'SOLANA_RPC_URL', 'ANCHOR_PROVIDER_URL']),
    spec('tenderly', 'access_key', g_plain(ALNUM, 32), ['TENDERLY_ACCESS_KEY', 'TENDERLY_ACCESS_TOKEN', 'TENDERLY_KEY'], GEN_API, KV + ['py'],
         [t_hh_tenderly, t_tenderly_cfg], 8),
    spec('tenderly', 'node_rpc_key', g_tenderly_node, [], GEN_URL, KV, [t_hh_rpc, t_foundry_rpc], 4, ['TENDERLY_RPC_URL', 'TENDERLY_NODE_URL', 'VNET_RPC']),
    spec('moralis', 'api_key', g_moralis, ['MORALIS_API_KEY', 'MORALIS_KEY'], GEN_API, KV + ['py', 'nb'], [t_moralis], 6),
    _explorer('etherscan', 14), _explorer('polygonscan', 6), _explorer('bscscan', 5), _explorer('arbiscan', 4), _explorer('basescan', 5),
    spec('pinata', 'jwt', g_pinata_jwt, ['PINATA_JWT', 'PINATA_API_JWT', 'PINATA_TOKEN'], GEN_API, KV + ['py'], [t_pinata_js, t_pinata_js], 10),
    spec('pinata', 'api_secret', g_pinata_secret, ['PINATA_API_SECRET', 'PINATA_SECRET_API_KEY', 'PINATA_SECRET_KEY'], GEN_API, KV,
         [t_pinata_js, t_pinata_js], 8),
    spec('web3storage', 'api_token', g_w3s('web3-storage'), ['WEB3_STORAGE_TOKEN', 'WEB3STORAGE_TOKEN', 'W3S_TOKEN'], GEN_API, KV, [t_w3s_js], 5),
    spec('nftstorage', 'api_key', g_w3s('nft-storage'), ['NFT_STORAGE_KEY', 'NFT_STORAGE_API_KEY', 'NFTSTORAGE_TOKEN'], GEN_API, KV, [t_w3s_js], 5),
    spec('storacha', 'agent_private_key', g_storacha, ['STORACHA_KEY', 'W3_PRINCIPAL', 'STORACHA_PRINCIPAL'], ['KEY', 'AGENT_KEY', 'PRINCIPAL'],
         ['env', 'gha', 'compose'], [t_storacha], 4),
    spec('filebase', 'secret_key', g_filebase, ['FILEBASE_SECRET_KEY', 'FILEBASE_SECRET', 'FILEBASE_S3_SECRET'], ['S3_SECRET_ACCESS_KEY', 'SECRET', 'AWS_SECRET_ACCESS_KEY'],
         KV, [t_filebase, t_filebase], 5),
    spec('thirdweb', 'secret_key', g_plain(B64URL, 86), ['THIRDWEB_SECRET_KEY', 'TW_SECRET_KEY', 'THIRDWEB_API_SECRET_KEY'], GEN_API, KV + ['ts'],
         [t_thirdweb, t_thirdweb], 7),
    spec('biconomy', 'paymaster_api_key', g_biconomy, ['BICONOMY_PAYMASTER_API_KEY', 'PAYMASTER_API_KEY'], GEN_API, KV, [t_biconomy], 5,
         ['PAYMASTER_URL', 'BICONOMY_PAYMASTER_URL']),
    spec('gelato', 'relay_api_key', g_gelato, ['GELATO_RELAY_API_KEY', 'GELATO_API_KEY', 'GELATO_SPONSOR_KEY'], ['SPONSOR_API_KEY', 'RELAY_KEY', 'API_KEY'],
         KV, [t_gelato, t_gelato], 5),
    spec('openzeppelin_defender', 'api_secret', g_defender, ['DEFENDER_API_SECRET', 'DEFENDER_SECRET_KEY', 'RELAYER_API_SECRET'],
         ['API_SECRET', 'SECRET', 'RELAY_SECRET'], KV, [t_defender, t_defender], 6),
    spec('chainlink', 'api_password', g_password(False), ['API_PASSWORD', 'CL_API_PASSWORD', 'CHAINLINK_API_PASSWORD'], GEN_PW,
         ['env', 'compose'], [t_chainlink_api, t_chainlink_api], 5),
    spec('chainlink', 'keystore_password', g_password(True), ['CL_PASSWORD_KEYSTORE', 'KEYSTORE_PASSWORD'], GEN_PW, ['env', 'compose'],
         [t_chainlink_pw, t_chainlink_pw], 5),
    spec('chainlink', 'database_password', g_password(False), ['POSTGRES_PASSWORD', 'DB_PASSWORD'], GEN_PW, ['env', 'compose'],
         [t_chainlink_secrets, t_chainlink_secrets], 4),
    spec('eth2', 'validator_keystore_password', g_password(True), ['KEYSTORE_PASSWORD', 'VALIDATOR_PASSWORD', 'WALLET_PASSWORD'], GEN_PW,
         ['env', 'compose'], [t_validator_pw, t_validator_pw], 5),
    spec('foundry', 'keystore_password', g_password(True), ['ETH_PASSWORD', 'KEYSTORE_PASSWORD', 'CAST_PASSWORD'], GEN_PW, ['env', 'make'],
         [t_cast_pw, t_cast_pw], 4),
    spec('thegraph', 'deploy_key', g_plain(HEX, 32), ['GRAPH_DEPLOY_KEY', 'SUBGRAPH_DEPLOY_KEY', 'GRAPH_ACCESS_TOKEN'], GEN_API, KV, [t_graph, t_graph], 5),
    spec('thegraph', 'gateway_api_key', g_graph_gateway, [], GEN_URL, KV + ['py', 'nb'], [], 5, ['SUBGRAPH_URL', 'GRAPH_QUERY_URL', 'GRAPH_GATEWAY_URL']),
    spec('coinmarketcap', 'api_key', g_uuid, ['COINMARKETCAP_API_KEY', 'CMC_API_KEY', 'COINMARKETCAP_KEY'], GEN_API, KV, [t_hh_cmc, t_hh_cmc], 5),
    spec('opensea', 'api_key', g_plain(HEX, 32), ['OPENSEA_API_KEY', 'OPENSEA_KEY'], GEN_API, KV + ['nb'], [t_opensea], 4),
]

# generators that return a URL as 'value' (no key-only form): expose as 'url' too
for _s in SPECS:
    if not _s['names']:
        _s['url_only'] = True


def make_positive(c, sp):
    sec = sp['gen'](c)
    sec['provider'] = sp['provider']
    if sp.get('url_only'):
        sec.setdefault('url', sec['value'])
    use_url = 'url' in sec and (sp.get('url_only') or c.chance(0.45))
    if use_url:
        sec['value'] = sec['url']
    generic = c.chance(0.33)
    if use_url:
        pool = GEN_URL if generic else sp['urlnames']
    else:
        pool = sp['generic'] if generic else sp['names']
    name = c.choice(pool)
    if sp['specials'] and c.chance(0.55):
        t = c.choice(sp['specials'])
        path, text, ftype = t(c, sec, name)
    else:
        car = c.choice(sp['carriers'])
        path, text, ftype = CARRIERS[car](c, name, sec['value'], sp['provider'])
    return path, text, ftype, sec['needle']


# ---------------------------------------------------------------------------
# Well-known PUBLIC development / test material (negatives by decision):
#  - Hardhat/Anvil default accounts derived from the published mnemonic
#    "test test test test test test test test test test test junk"
#  - Ganache deterministic (-d) mnemonic / first key
#  - EIP-155 example key 0x4646..46, BIP-39 spec test vectors
# These keys are printed by the tools at start-up and in their docs; funds on
# them are swept instantly on any public chain.  A scanner MAY flag them as
# "known test key"; this set labels them innocent.
# ---------------------------------------------------------------------------

ANVIL_KEYS = [
    ('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80'),
    ('0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d'),
    ('0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a'),
    ('0x90F79bf6EB2c4f870365E785982E1f101E93b906', '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6'),
    ('0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65', '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a'),
]
TEST_MNEMONIC = 'test test test test test test test test test test test junk'
GANACHE_MNEMONIC = 'myth like bonus scare over problem client lizard pioneer submit female collect'
GANACHE_KEY0 = ('0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1', '0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d')
EIP155_KEY = '0x' + '46' * 32
BIP39_VECTORS = ['abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about',
                 'legal winner thank year wave sausage worth useful legal winner thank yellow',
                 'letter advice cage absurd amount doctor acoustic avoid letter advice cage above',
                 'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong']
# verify the derived address of the published keys (guards against typos)
for _a, _k in ANVIL_KEYS + [GANACHE_KEY0]:
    assert evm_address_of(int(_k, 16)) == _a, _a


def _mnemonic_valid(m):
    ws = m.split()
    bits = ''.join(bin(BIP39_INDEX[w])[2:].zfill(11) for w in ws)
    ent_len = len(bits) * 32 // 33
    ent = int(bits[:ent_len], 2).to_bytes(ent_len // 8, 'big')
    return bin(hashlib.sha256(ent).digest()[0])[2:].zfill(8)[:len(bits) - ent_len] == bits[ent_len:]


for _m in BIP39_VECTORS + [TEST_MNEMONIC, GANACHE_MNEMONIC]:
    assert _mnemonic_valid(_m), _m

# ---------------------------------------------------------------------------
# Negative values for the generic carriers (same names as the positives)
# ---------------------------------------------------------------------------

SECRET_NAMES = {
    'pk': ['PRIVATE_KEY', 'DEPLOYER_PRIVATE_KEY', 'SEPOLIA_PRIVATE_KEY', 'PK', 'DEPLOYER_KEY', 'SIGNER', 'OWNER_KEY'],
    'mn': ['MNEMONIC', 'SEED_PHRASE', 'DEPLOYER_MNEMONIC', 'SEED'],
    'api': ['ETHERSCAN_API_KEY', 'POLYGONSCAN_API_KEY', 'ALCHEMY_API_KEY', 'INFURA_API_KEY', 'PINATA_JWT', 'PINATA_API_SECRET',
            'TENDERLY_ACCESS_KEY', 'THIRDWEB_SECRET_KEY', 'MORALIS_API_KEY', 'GELATO_RELAY_API_KEY', 'DEFENDER_API_SECRET',
            'COINMARKETCAP_API_KEY', 'API_KEY', 'TOKEN', 'AUTH'],
    'url': ['MAINNET_RPC_URL', 'SEPOLIA_RPC_URL', 'RPC_URL', 'ALCHEMY_RPC_URL', 'QUICKNODE_URL', 'HELIUS_RPC_URL', 'FORK_URL'],
    'pw': ['KEYSTORE_PASSWORD', 'CL_PASSWORD_KEYSTORE', 'API_PASSWORD', 'ETH_PASSWORD'],
}


def neg_ref(c, car, name):
    """Reference to a secret in the carrier's own syntax."""
    if car == 'env':
        return c.choice(['', '${%s}' % c.choice(['DEPLOYER_PK', 'OP_' + name, name + '_FROM_VAULT']), '$' + name + '_PROD'])
    if car == 'compose':
        return c.choice(['${%s}' % name, '${%s:?%s must be set}' % (name, name), '${%s:-}' % name])
    if car == 'gha':
        return '${{ secrets.%s }}' % c.choice([name, name + '_' + c.choice(['SEPOLIA', 'PROD', 'CI'])])
    if car == 'make':
        return c.choice(['$(shell cat ~/.secrets/%s)' % name.lower(), '$(shell op read op://dev/%s/credential)' % name.lower(), '$(%s_FROM_ENV)' % name])
    if car == 'history':
        return c.choice(['"$(op read op://Engineering/%s/credential)"' % name.lower(), '$(cat ~/.keys/%s)' % name.lower(),
                         '"$(security find-generic-password -s %s -w)"' % name.lower(), '$(pass show web3/%s)' % name.lower()])
    if car == 'yaml':
        return '${%s}' % name
    if car == 'pkgjson':
        return '$(cat .secrets/%s)' % name.lower()
    return None


def neg_placeholder(c, cat):
    if cat == 'pk':
        return c.choice(['0xYOUR_PRIVATE_KEY', '<your-private-key>', 'your_private_key_here', 'PASTE_PRIVATE_KEY_HERE', '0x...',
                         '0x<deployer-private-key>', '0x' + '0' * 64, 'changeme'])
    if cat == 'mn':
        return c.choice(['<your twelve word mnemonic>', 'word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12',
                         'your mnemonic phrase goes here', 'REPLACE_WITH_SEED_PHRASE', '<24 words from the ledger backup card>'])
    if cat == 'url':
        n = c.net()
        return c.choice(['https://%s.g.alchemy.com/v2/<API_KEY>' % n[2], 'https://%s.infura.io/v3/YOUR_PROJECT_ID' % n[3],
                         'https://%s.g.alchemy.com/v2/your-api-key' % n[2], 'https://<name>.quiknode.pro/<token>/',
                         'https://mainnet.helius-rpc.com/?api-key=<api_key>', 'https://rpc.ankr.com/eth/YOUR_ANKR_KEY'])
    if cat == 'pw':
        return c.choice(['changeme', '<keystore password>', 'CHANGE_ME', 'your-password-here', 'password'])
    return c.choice(['YOUR_API_KEY', '<your-key>', 'changeme', 'your-api-key-here', 'REPLACE_ME', '<api-key>', 'YOUR_ETHERSCAN_API_KEY',
                     'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'TODO', 'dummy'])


def neg_masked(c, cat):
    el = c.choice(['…', '...', '****', '*' * c.randint(8, 40), '<redacted>', 'XXXX'])
    if cat == 'pk':
        h = c.hex(64)
        return '0x' + h[:c.randint(4, 6)] + el + h[-4:]
    if cat == 'mn':
        ws = c.mnemonic(12).split()
        return '%s %s *** *** *** *** *** *** *** *** *** %s' % (ws[0], ws[1], ws[-1]) if c.chance(0.5) else '%s ... %s (12 words, in 1Password)' % (ws[0], ws[-1])
    if cat == 'url':
        n = c.net()
        k = c.s(ALNUM, 32)
        return 'https://%s.g.alchemy.com/v2/%s%s' % (n[2], k[:4], el)
    if cat == 'pw':
        return '********'
    k = c.s(c.choice([UP_ALNUM, HEX, ALNUM]), 32)
    return c.choice([k[:4] + el + k[-4:], 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + el, k[:6] + el])


def neg_carrier(c, mode):
    cat = c.choice(['pk', 'pk', 'mn', 'api', 'api', 'url', 'pw'])
    name = c.choice(SECRET_NAMES[cat])
    car = c.choice(list(CARRIERS))
    if mode == 'ref':
        v = neg_ref(c, car, name)
        if v is None:
            car = c.choice(['env', 'compose', 'gha', 'make', 'history', 'yaml'])
            v = neg_ref(c, car, name)
    elif mode == 'placeholder':
        v = neg_placeholder(c, cat)
    else:
        v = neg_masked(c, cat)
    path, text, ftype = CARRIERS[car](c, name, v, 'config')
    if mode == 'placeholder' and car == 'env' and c.chance(0.5):
        path = c.choice(['.env.example', '.env.sample', '.env.template'])
    return path, text, ftype, 'generic', '%s_%s' % (mode, cat)


# ---------------------------------------------------------------------------
# Special negative templates: n(c) -> (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------

def n_hh_env(c):
    net = c.net()
    style = c.randint(0, 2)
    if style == 0:
        top = ['// keys live in `npx hardhat vars set ...`',
               'const DEPLOYER_KEY = vars.get("DEPLOYER_KEY");', 'const ALCHEMY_API_KEY = vars.get("ALCHEMY_API_KEY");']
        nets = _hh_networks(c, '[DEPLOYER_KEY]', '`https://%s.g.alchemy.com/v2/${ALCHEMY_API_KEY}`' % net[2], net)
        extra = ['  etherscan: {', '    apiKey: vars.get("ETHERSCAN_API_KEY", ""),', '  },']
        kind = 'vars_get'
    elif style == 1:
        top = ['const { PRIVATE_KEY, INFURA_API_KEY, ETHERSCAN_API_KEY } = process.env;']
        nets = _hh_networks(c, 'PRIVATE_KEY !== undefined ? [PRIVATE_KEY] : []', '`https://%s.infura.io/v3/${INFURA_API_KEY}`' % net[3], net)
        extra = ['  etherscan: {', '    apiKey: ETHERSCAN_API_KEY,', '  },']
        kind = 'process_env'
    else:
        top = ['const MNEMONIC = process.env.MNEMONIC ?? "%s";' % TEST_MNEMONIC]
        nets = ['    localhost: {', '      url: "http://127.0.0.1:8545",', '      accounts: { mnemonic: MNEMONIC },', '    },'] + \
            _hh_networks(c, '{ mnemonic: MNEMONIC }', 'process.env.RPC_URL ?? ""', net)
        extra = None
        kind = 'published_test_mnemonic'
    p, t, f = _hh_wrap(c, top, nets, extra)
    return p, t, f, 'hardhat', kind


def n_anvil_keys(c):
    i = c.randint(0, len(ANVIL_KEYS) - 1)
    addr, key = ANVIL_KEYS[i]
    mode = c.randint(0, 3)
    if mode == 0:
        lines = ['# Local development only. These are the PUBLIC anvil/hardhat default accounts.', '# Never send real funds to them.',
                 'RPC_URL=http://127.0.0.1:8545', 'CHAIN_ID=31337', 'PRIVATE_KEY=%s' % key, 'DEPLOYER_ADDRESS=%s' % addr,
                 'MNEMONIC="%s"' % TEST_MNEMONIC]
        return c.choice(['.env.local.example', '.env.anvil', '.env.test']), '\n'.join(lines) + '\n', 'dotenv', 'anvil', 'published_dev_key'
    if mode == 1:
        lines = ['## Local node', '', 'Start a fork and use the first default account:', '', '```bash',
                 'anvil --fork-url $MAINNET_RPC_URL --fork-block-number %d' % c.block(),
                 'forge script script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 --private-key %s --broadcast' % key, '```', '',
                 '`%s` is account #%d from `anvil` (mnemonic `%s`).' % (addr, i, TEST_MNEMONIC)]
        return 'docs/LOCAL.md', '\n'.join(lines) + '\n', 'markdown', 'anvil', 'published_dev_key'
    if mode == 2:
        lines = ['// SPDX-License-Identifier: MIT', 'pragma solidity ^0.8.20;', '', 'import {Test} from "forge-std/Test.sol";', '',
                 'contract ForkTest is Test {', '    // anvil default account #%d' % i, '    uint256 internal constant DEV_PK = %s;' % key,
                 '    address internal constant DEV = %s;' % addr, '', '    function test_devAddress() public pure {',
                 '        assertEq(vm.addr(DEV_PK), DEV);', '    }', '}']
        return 'test/Fork.t.sol', '\n'.join(lines) + '\n', 'solidity', 'anvil', 'published_dev_key'
    lines = ['module.exports = {', '  networks: {', '    development: {', '      host: "127.0.0.1",', '      port: 7545,', '      network_id: "*",',
             '      // ganache -d: deterministic accounts from the well-known test mnemonic', '      // %s' % GANACHE_MNEMONIC,
             '      from: "%s",' % GANACHE_KEY0[0], '    },', '  },', '};']
    return 'truffle-config.js', '\n'.join(lines) + '\n', 'truffle-config', 'ganache', 'published_dev_mnemonic'


def n_foundry_env(c):
    net = c.net()
    lines = ['[profile.default]', 'src = "src"', 'out = "out"', 'libs = ["lib"]', 'via_ir = %s' % c.choice(['true', 'false']), '',
             '[rpc_endpoints]', 'mainnet = "https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}"',
             '%s = "${%s_RPC_URL}"' % (net[0], net[0].upper()), 'local = "http://127.0.0.1:8545"', '', '[etherscan]',
             'mainnet = { key = "${ETHERSCAN_API_KEY}" }', '%s = { key = "${ETHERSCAN_API_KEY}", chain = %d }' % (net[0], net[1])]
    return 'foundry.toml', '\n'.join(lines) + '\n', 'foundry-toml', 'foundry', 'env_interpolation'


def n_deploy_sol_env(c):
    ct = c.choice(CONTRACTS)
    role = 'MINTER_ROLE'
    lines = ['// SPDX-License-Identifier: MIT', 'pragma solidity ^0.8.20;', '', 'import {Script} from "forge-std/Script.sol";',
             'import {%s} from "../src/%s.sol";' % (ct, ct), '', 'contract Deploy is Script {',
             '    bytes32 constant %s = %s;' % (role, topic(role)),
             '    bytes32 constant SALT = %s; // keccak256("%s.v1")' % (topic('%s.v1' % ct), ct),
             '    address constant ADMIN = %s;' % c.address(), '', '    function run() external {',
             '        uint256 pk = vm.envUint("%s");' % c.choice(['PRIVATE_KEY', 'DEPLOYER_PRIVATE_KEY']),
             '        vm.startBroadcast(pk);', '        %s t = new %s{salt: SALT}(ADMIN);' % (ct, ct),
             '        t.grantRole(%s, vm.addr(pk));' % role, '        vm.stopBroadcast();', '    }', '}']
    return 'script/Deploy.s.sol', '\n'.join(lines) + '\n', 'solidity', 'foundry', 'env_reference_and_role_hash'


def n_truffle_env(c):
    net = c.net()
    lines = ['require("dotenv").config();', 'const fs = require("fs");', 'const HDWalletProvider = require("@truffle/hdwallet-provider");', '',
             'const mnemonic = process.env.MNEMONIC || fs.readFileSync(".secret").toString().trim();', '', 'module.exports = {',
             '  networks: {', '    %s: {' % net[0],
             '      provider: () => new HDWalletProvider(mnemonic, `https://%s.infura.io/v3/${process.env.INFURA_PROJECT_ID}`),' % net[3],
             '      network_id: %d,' % net[1], '    },', '  },', '  plugins: ["truffle-plugin-verify"],',
             '  api_keys: { etherscan: process.env.ETHERSCAN_API_KEY },', '};']
    return 'truffle-config.js', '\n'.join(lines) + '\n', 'truffle-config', 'truffle', 'env_reference'


def n_brownie_env(c):
    lines = ['dotenv: .env', 'networks:', '  default: development', '  mainnet-fork:', '    cmd_settings:',
             '      unlock:', '        - "%s"' % c.address(), 'wallets:', '  from_key: ${PRIVATE_KEY}', '  from_mnemonic: ${MNEMONIC}',
             'dependencies:', '  - smartcontractkit/chainlink-brownie-contracts@1.1.1']
    return 'brownie-config.yaml', '\n'.join(lines) + '\n', 'brownie-config', 'brownie', 'env_interpolation'


def n_ape(c):
    lines = ['name: %s' % c.project(), 'plugins:', '  - name: alchemy', '  - name: etherscan', '  - name: solidity', '',
             '# ape-alchemy reads WEB3_ALCHEMY_API_KEY from the environment', 'ethereum:', '  default_network: sepolia', '  sepolia:',
             '    default_provider: alchemy', '', 'test:', '  mnemonic: %s' % TEST_MNEMONIC, '  number_of_accounts: 10']
    return 'ape-config.yaml', '\n'.join(lines) + '\n', 'ape-config', 'ape', 'published_test_mnemonic'


def n_anchor(c):
    progs = c.r.sample(['escrow', 'staking', 'raffle', 'vault', 'counter', 'governance'], 2)
    lines = ['[toolchain]', 'anchor_version = "0.30.1"', '', '[features]', 'seeds = false', 'skip-lint = false', '']
    for cl in ['localnet', 'devnet']:
        lines.append('[programs.%s]' % cl)
        for p in progs:
            lines.append('%s = "%s"' % (p, c.sol_pubkey()))
        lines.append('')
    lines += ['[provider]', 'cluster = "%s"' % c.choice(['devnet', 'Localnet', 'https://api.devnet.solana.com']),
              'wallet = "%s"' % c.choice(['~/.config/solana/id.json', '${ANCHOR_WALLET}', './keys/deployer.json']), '',
              '[test.validator]', 'url = "https://api.mainnet-beta.solana.com"', '', '[[test.validator.clone]]',
              'address = "metaqbxxUerdq28cj1RbAWkYQm3ybzjb6a8bt518x1s"']
    return 'Anchor.toml', '\n'.join(lines) + '\n', 'anchor-toml', 'solana', 'program_ids'


def n_sol_program(c):
    pid = c.sol_pubkey()
    if c.chance(0.5):
        lines = ['use anchor_lang::prelude::*;', '', 'declare_id!("%s");' % pid, '',
                 'pub const TOKEN_PROGRAM: Pubkey = pubkey!("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");',
                 'pub const ADMIN: Pubkey = pubkey!("%s");' % c.sol_pubkey(), '', '#[program]', 'pub mod vault {', '    use super::*;', '',
                 '    pub fn initialize(ctx: Context<Initialize>, bump: u8) -> Result<()> {', '        ctx.accounts.state.bump = bump;', '        Ok(())', '    }', '}']
        return 'programs/vault/src/lib.rs', '\n'.join(lines) + '\n', 'rust', 'solana', 'program_id'
    idl = {'address': pid, 'metadata': {'name': 'vault', 'version': '0.1.0', 'spec': '0.1.0'},
           'instructions': [{'name': n, 'discriminator': list(hashlib.sha256(('global:' + n).encode()).digest()[:8]),
                             'accounts': [{'name': 'authority', 'signer': True}], 'args': []} for n in ['initialize', 'deposit', 'withdraw']]}
    return 'target/idl/vault.json', json.dumps(idl, indent=2) + '\n', 'json', 'solana', 'idl_discriminators'


def n_sol_pubkey_json(c):
    lines = ['{', '  "cluster": "devnet",', '  "authority": "%s",' % c.sol_pubkey(), '  "mint": "%s",' % c.sol_pubkey(),
             '  "treasury": "%s",' % c.sol_pubkey(), '  "programId": "%s",' % c.sol_pubkey(),
             '  "lastSignature": "%s"' % b58(c.bytes(64)), '}']
    return c.choice(['config/devnet.json', 'deployments/devnet.json']), '\n'.join(lines) + '\n', 'json', 'solana', 'pubkeys_and_tx_signature'


def n_aptos(c):
    seed, pub = c.ed_keypair()
    acct = hashlib.sha3_256(pub + b'\x00').hexdigest()
    if c.chance(0.5):
        lines = ['---', 'profiles:', '  ledger:', '    network: Mainnet', '    public_key: "ed25519-pub-0x%s"' % pub.hex(),
                 '    account: %s' % acct, '    rest_url: "https://fullnode.mainnet.aptoslabs.com"', '    derivation_path: "m/44\'/637\'/0\'/0\'/0\'"']
        return '.aptos/config.yaml', '\n'.join(lines) + '\n', 'aptos-config', 'aptos', 'ledger_profile_public_key'
    lines = ['[package]', 'name = "%s"' % c.choice(['Marketplace', 'Staking', 'Coin']), 'version = "1.0.0"', 'upgrade_policy = "compatible"', '',
             '[addresses]', '%s = "0x%s"' % (c.choice(['marketplace', 'staking', 'my_coin']), acct), 'admin = "0x%s"' % c.hex(64), '',
             '[dependencies.AptosFramework]', 'git = "https://github.com/aptos-labs/aptos-core.git"', 'rev = "mainnet"', 'subdir = "aptos-move/framework/aptos-framework"']
    return 'move/Move.toml', '\n'.join(lines) + '\n', 'move-toml', 'aptos', 'account_addresses'


def n_sui(c):
    seed, pub = c.ed_keypair()
    if c.chance(0.5):
        d = [{'alias': c.choice(['admiring-beryl', 'jolly-spinel', 'quirky-amethyst', 'eager-opal']), 'public_key': base64.b64encode(b'\x00' + pub).decode()}]
        return '.sui/sui_config/sui.aliases', json.dumps(d, indent=2) + '\n', 'sui-aliases', 'sui', 'public_key_base64'
    lines = ['---', 'keystore:', '  File: /home/%s/.sui/sui_config/sui.keystore' % c.user(), 'envs:', '  - alias: testnet',
             '    rpc: "https://fullnode.testnet.sui.io:443"', '    ws: ~', '    basic_auth: ~', '  - alias: mainnet',
             '    rpc: "https://fullnode.mainnet.sui.io:443"', '    ws: ~', '    basic_auth: ~',
             'active_env: testnet', 'active_address: "%s"' % _sui_addr(pub)]
    return '.sui/sui_config/client.yaml', '\n'.join(lines) + '\n', 'sui-client-config', 'sui', 'address_and_keystore_path'


def n_web3_keystore(c):
    addr = c.address()
    ks = {'address': addr[2:].lower(), 'crypto': {'cipher': 'aes-128-ctr', 'ciphertext': c.bytes(32).hex(), 'cipherparams': {'iv': c.bytes(16).hex()},
          'kdf': 'scrypt', 'kdfparams': {'dklen': 32, 'n': c.choice([8192, 262144]), 'p': 1, 'r': 8, 'salt': c.bytes(32).hex()},
          'mac': c.bytes(32).hex()}, 'id': c.uuid(), 'version': 3}
    ind = c.choice([None, 2])
    path = c.choice(['keystore/UTC--%d-%02d-%02dT%02d-%02d-%02d.%09dZ--%s' % (c.randint(2021, 2025), c.randint(1, 12), c.randint(1, 28), c.randint(0, 23),
                                                                              c.randint(0, 59), c.randint(0, 59), c.randint(0, 999999999), addr[2:].lower()),
                     '.foundry/keystores/%s' % c.choice(['deployer', 'ops', 'keeper']), 'keys/deployer.keystore.json'])
    return path, json.dumps(ks, indent=ind) + '\n', 'json-keystore', 'ethereum', 'encrypted_keystore_v3'


def n_eip2335(c):
    pub = c.bytes(48).hex()
    if c.chance(0.6):
        ks = {'crypto': {'kdf': {'function': 'scrypt', 'params': {'dklen': 32, 'n': 262144, 'r': 8, 'p': 1, 'salt': c.bytes(32).hex()}, 'message': ''},
                         'checksum': {'function': 'sha256', 'params': {}, 'message': c.bytes(32).hex()},
                         'cipher': {'function': 'aes-128-ctr', 'params': {'iv': c.bytes(16).hex()}, 'message': c.bytes(32).hex()}},
              'description': '', 'pubkey': pub, 'path': 'm/12381/3600/%d/0/0' % c.randint(0, 40), 'uuid': c.uuid(), 'version': 4}
        return 'validator_keys/keystore-m_12381_3600_0_0_0-%d.json' % c.ts(), json.dumps(ks) + '\n', 'json-keystore', 'eth2', 'encrypted_keystore_eip2335'
    dd = [{'pubkey': pub, 'withdrawal_credentials': '01' + '0' * 22 + c.address()[2:].lower(), 'amount': 32000000000,
           'signature': c.bytes(96).hex(), 'deposit_message_root': c.bytes(32).hex(), 'deposit_data_root': c.bytes(32).hex(),
           'fork_version': c.choice(['00000000', '01017000']), 'network_name': c.choice(['mainnet', 'holesky']), 'deposit_cli_version': '2.7.0'}]
    return 'validator_keys/deposit_data-%d.json' % c.ts(), json.dumps(dd, indent=1) + '\n', 'json', 'eth2', 'deposit_data_signature'


def n_sops(c):
    def enc(n):
        return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (base64.b64encode(c.bytes(n)).decode(), base64.b64encode(c.bytes(32)).decode(),
                                                                  base64.b64encode(c.bytes(16)).decode())
    if c.chance(0.5):
        lines = ['PRIVATE_KEY=' + enc(66), 'ETHERSCAN_API_KEY=' + enc(34), 'ALCHEMY_API_KEY=' + enc(32),
                 'sops_kms__list_0__map_arn=arn:aws:kms:eu-west-1:%d:key/%s' % (c.randint(10 ** 11, 10 ** 12 - 1), c.uuid()),
                 'sops_lastmodified=%d-%02d-%02dT10:%02d:11Z' % (c.randint(2023, 2025), c.randint(1, 12), c.randint(1, 28), c.randint(0, 59)),
                 'sops_mac=' + enc(32), 'sops_version=3.8.1']
        return '.env.enc', '\n'.join(lines) + '\n', 'sops-dotenv', 'sops', 'ciphertext'
    lines = ['deployer:', '    private_key: ' + enc(66), '    mnemonic: ' + enc(80), 'pinata:', '    jwt: ' + enc(180), 'sops:',
             '    age:', '        - recipient: age1%s' % bech32('x', c.bytes(32))[3:],
             '          enc: |', '            -----BEGIN AGE ENCRYPTED FILE-----', '            ' + base64.b64encode(c.bytes(48)).decode(),
             '            ' + base64.b64encode(c.bytes(30)).decode(), '            -----END AGE ENCRYPTED FILE-----',
             '    lastmodified: "2024-%02d-%02dT08:14:02Z"' % (c.randint(1, 12), c.randint(1, 28)), '    mac: ' + enc(32), '    version: 3.9.0']
    return 'secrets/deployer.enc.yaml', '\n'.join(lines) + '\n', 'sops-yaml', 'sops', 'ciphertext'


def n_sealed(c):
    def blob():
        return 'AgB' + base64.b64encode(c.bytes(c.randint(300, 420))).decode()
    lines = ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata:', '  name: relayer-keys', '  namespace: %s' % c.project(), 'spec:',
             '  encryptedData:', '    PRIVATE_KEY: ' + blob(), '    ALCHEMY_API_KEY: ' + blob(), '  template:', '    metadata:', '      name: relayer-keys',
             '    type: Opaque']
    return 'k8s/relayer-sealedsecret.yaml', '\n'.join(lines) + '\n', 'kubernetes', 'sealed-secrets', 'ciphertext'


def n_kms(c):
    arn = 'arn:aws:kms:us-east-1:%d:key/%s' % (c.randint(10 ** 11, 10 ** 12 - 1), c.uuid())
    lines = ['# signer key is held in KMS; only the key id and the encrypted blob live here', 'KMS_KEY_ID=%s' % arn,
             'SIGNER_ADDRESS=%s' % c.address(), 'PRIVATE_KEY_CIPHERTEXT=AQICAHh' + base64.b64encode(c.bytes(150)).decode(),
             'CHAIN_ID=%d' % c.net()[1]]
    return c.choice(['.env.production', 'deploy/kms.env']), '\n'.join(lines) + '\n', 'dotenv', 'aws-kms', 'ciphertext_blob'


def n_broadcast(c):
    net = c.net()
    ct = c.choice(CONTRACTS)
    addr, dep = c.address(), c.address()
    txh = c.h32()
    sig = 'transfer(address,uint256)'
    data = {'transactions': [{'hash': txh, 'transactionType': 'CREATE', 'contractName': ct, 'contractAddress': addr, 'function': None,
                              'arguments': [dep], 'transaction': {'from': dep.lower(), 'gas': hex(c.randint(900000, 4000000)), 'value': '0x0',
                                                                  'input': '0x6080604052' + c.bytes(40).hex(), 'nonce': hex(c.randint(0, 90)),
                                                                  'chainId': hex(net[1])}, 'additionalContracts': [], 'isFixedGasLimit': False}],
            'receipts': [{'status': '0x1', 'cumulativeGasUsed': hex(c.randint(900000, 9000000)),
                          'logs': [{'address': addr, 'topics': [topic('OwnershipTransferred(address,address)'), '0x' + '0' * 64,
                                                                 '0x' + '0' * 24 + dep[2:].lower()], 'data': '0x',
                                    'blockHash': c.h32(), 'blockNumber': hex(c.block()), 'transactionHash': txh, 'logIndex': '0x0', 'removed': False}],
                          'type': '0x2', 'transactionHash': txh, 'blockHash': c.h32(), 'blockNumber': hex(c.block()),
                          'gasUsed': hex(c.randint(500000, 3000000)), 'effectiveGasPrice': hex(c.randint(10 ** 8, 5 * 10 ** 10)),
                          'from': dep.lower(), 'to': None, 'contractAddress': addr.lower()}],
            'libraries': [], 'pending': [], 'returns': {}, 'timestamp': c.ts(), 'chain': net[1], 'commit': c.hex(7)}
    _ = sig
    return 'broadcast/Deploy.s.sol/%d/run-latest.json' % net[1], json.dumps(data, indent=2) + '\n', 'json', 'foundry', 'broadcast_tx_hashes'


def n_deployments(c):
    ct = c.choice(CONTRACTS)
    d = {'address': c.address(), 'abi': [{'inputs': [], 'name': 'owner', 'outputs': [{'type': 'address'}], 'stateMutability': 'view', 'type': 'function'}],
         'transactionHash': c.h32(), 'receipt': {'to': None, 'from': c.address(), 'contractAddress': None, 'transactionIndex': c.randint(0, 90),
                                                 'gasUsed': str(c.randint(600000, 3000000)), 'blockHash': c.h32(), 'blockNumber': c.block(),
                                                 'status': 1, 'byzantium': True},
         'args': [c.address()], 'numDeployments': 1, 'solcInputHash': c.bytes(16).hex(), 'bytecode': '0x60806040' + c.bytes(48).hex(),
         'implementation': c.address()}
    return 'deployments/%s/%s.json' % (c.net()[0], ct), json.dumps(d, indent=2) + '\n', 'json', 'hardhat-deploy', 'deployment_artifact'


def n_networks_json(c):
    d = {}
    for net in c.r.sample(EVM_NETS, c.randint(1, 3)):
        d[net[0] if net[0] != 'polygon' else 'matic'] = {c.choice(CONTRACTS): {'address': c.address(), 'startBlock': c.block()},
                                                         c.choice(CONTRACTS) + 'Factory': {'address': c.address(), 'startBlock': c.block()}}
    return c.choice(['networks.json', 'subgraph/networks.json']), json.dumps(d, indent=2) + '\n', 'subgraph-networks', 'thegraph', 'contract_addresses'


EIP1967 = [('IMPLEMENTATION_SLOT', 'eip1967.proxy.implementation'), ('ADMIN_SLOT', 'eip1967.proxy.admin'), ('BEACON_SLOT', 'eip1967.proxy.beacon')]


def n_constants(c):
    lines = ['// Generated constants - do not edit', 'export const TOPICS = {']
    for ev in c.r.sample(['Transfer(address,address,uint256)', 'Approval(address,address,uint256)', 'Swap(address,uint256,uint256,uint256,uint256,address)',
                          'Deposit(address,uint256)', 'Withdrawal(address,uint256)', 'OwnershipTransferred(address,address)',
                          'RoleGranted(bytes32,address,address)', 'Upgraded(address)'], 4):
        lines.append('  %s: "%s",' % (ev.split('(')[0], topic(ev)))
    lines.append('} as const;')
    lines.append('')
    lines.append('export const SELECTORS = {')
    for fn in c.r.sample(['transfer(address,uint256)', 'approve(address,uint256)', 'balanceOf(address)', 'multicall(bytes[])',
                          'permit(address,address,uint256,uint256,uint8,bytes32,bytes32)', 'upgradeToAndCall(address,bytes)'], 3):
        lines.append('  %s: "%s",' % (fn.split('(')[0], selector(fn)))
    lines.append('} as const;')
    lines.append('')
    for n, s in c.r.sample(EIP1967, 2):
        lines.append('// bytes32(uint256(keccak256("%s")) - 1)' % s)
        lines.append('export const %s = "0x%064x";' % (n, int.from_bytes(keccak256(s.encode()), 'big') - 1))
    for r in c.r.sample(['MINTER_ROLE', 'PAUSER_ROLE', 'UPGRADER_ROLE', 'KEEPER_ROLE'], 2):
        lines.append('export const %s = "%s"; // keccak256("%s")' % (r, topic(r), r))
    lines.append('export const PERMIT_TYPEHASH = "%s";' % topic('Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)'))
    return c.choice(['src/constants.ts', 'indexer/src/abi/constants.ts']), '\n'.join(lines) + '\n', 'typescript', 'ethereum', 'topics_selectors_slots'


def n_indexer_py(c):
    lines = ['import os', '', 'from web3 import Web3', '', 'w3 = Web3(Web3.HTTPProvider(os.environ["RPC_URL"]))',
             'TRANSFER = "%s"' % topic('Transfer(address,address,uint256)'), 'POOL = Web3.to_checksum_address("%s")' % c.address(),
             'FROM_BLOCK = %d' % c.block(), '', '# example tx we debugged on %d-%02d-%02d' % (c.randint(2023, 2025), c.randint(1, 12), c.randint(1, 28)),
             'SAMPLE_TX = "%s"' % c.h32(), '', 'logs = w3.eth.get_logs({"address": POOL, "topics": [TRANSFER], "fromBlock": FROM_BLOCK})',
             'for log in logs:', '    print(log["transactionHash"].hex(), int(log["data"].hex(), 16))']
    return c.choice(['indexer/transfers.py', 'scripts/scan_logs.py']), '\n'.join(lines) + '\n', 'python', 'ethereum', 'tx_hash_and_topics'


def n_calldata(c):
    to = c.address()
    amt = c.randint(10 ** 15, 10 ** 24)
    data = selector('transfer(address,uint256)') + '0' * 24 + to[2:].lower() + '%064x' % amt
    d = {'version': '1.0', 'chainId': str(c.net()[1]), 'createdAt': c.ts() * 1000,
         'meta': {'name': 'Transactions Batch', 'description': 'monthly payroll', 'createdFromSafeAddress': c.address()},
         'transactions': [{'to': c.address(), 'value': '0', 'data': data, 'contractMethod': None, 'contractInputsValues': None}]}
    return c.choice(['safe/batch-%02d.json' % c.randint(1, 12), 'ops/payroll.json']), json.dumps(d, indent=2) + '\n', 'json', 'safe', 'abi_calldata'


def n_merkle(c):
    claims = {}
    for i in range(c.randint(2, 4)):
        claims[c.address()] = {'index': i, 'amount': hex(c.randint(10 ** 18, 10 ** 21)), 'proof': [c.h32() for _ in range(c.randint(2, 4))]}
    d = {'merkleRoot': c.h32(), 'tokenTotal': hex(c.randint(10 ** 22, 10 ** 24)), 'claims': claims}
    return c.choice(['airdrop/merkle.json', 'data/claims-round-%d.json' % c.randint(1, 5)]), json.dumps(d, indent=2) + '\n', 'json', 'ethereum', 'merkle_root_and_proofs'


def n_pubkey(c):
    k, _ = c.evm_priv()
    lines = [header_comment(c), 'SIGNER_ADDRESS=%s' % evm_address_of(k), 'SIGNER_PUBLIC_KEY=%s' % evm_uncompressed_pub(k),
             'ATTESTATION_DOMAIN=%s' % c.choice(['attest.%s.xyz' % c.project().split('-')[0], 'api.%s.io' % c.project().split('-')[0]]),
             'CHAIN_ID=%d' % c.net()[1]]
    return c.choice(['.env', 'config/signer.env']), '\n'.join(lines) + '\n', 'dotenv', 'ethereum', 'uncompressed_public_key'


def n_testvectors(c):
    if c.chance(0.5):
        lines = ['import { expect } from "chai";', 'import { Wallet, HDNodeWallet, Mnemonic } from "ethers";', '',
                 '// Vectors from EIP-155 and the BIP-39 reference test suite', 'const EIP155_KEY = "%s";' % EIP155_KEY,
                 'const VECTOR = "%s";' % c.choice(BIP39_VECTORS), '', 'describe("signing", () => {',
                 '  it("derives the EIP-155 example address", () => {',
                 '    expect(new Wallet(EIP155_KEY).address).to.equal("%s");' % evm_address_of(int(EIP155_KEY, 16)), '  });',
                 '  it("accepts the BIP-39 vector", () => {', '    expect(Mnemonic.isValidMnemonic(VECTOR)).to.equal(true);', '  });', '});']
        return 'test/vectors.test.ts', '\n'.join(lines) + '\n', 'typescript', 'test-vector', 'published_test_vectors'
    lines = ['from eth_account import Account', '', '# secp256k1 private key 1 -> generator point; well-known vector', 'ONE = "0x%064x"' % 1,
             'assert Account.from_key(ONE).address == "%s"' % evm_address_of(1), '',
             'Account.enable_unaudited_hdwallet_features()', 'acct = Account.from_mnemonic("%s")' % TEST_MNEMONIC,
             'assert acct.address == "%s"' % ANVIL_KEYS[0][0], 'print("ok")']
    return 'tests/test_vectors.py', '\n'.join(lines) + '\n', 'python', 'test-vector', 'published_test_vectors'


def n_readme_deploy(c):
    proj = c.project()
    lines = ['# %s' % proj, '', '## Deployed contracts', '', '| Contract | Network | Address | Tx |', '|---|---|---|---|']
    for ct in c.r.sample(CONTRACTS, 3):
        lines.append('| %s | %s | `%s` | [%s](https://etherscan.io/tx/%s) |' % (ct, c.net()[0], c.address(), 'tx', c.h32()))
    lines += ['', 'ENS: `%s.eth` resolves to the treasury `%s`.' % (proj.split('-')[0], c.address()), '',
              'Metadata is pinned at `ipfs://%s` (legacy: `ipfs://%s`).' % (cid_v1(c.bytes(40)), cid_v0(c.bytes(40))), '',
              'Merkle root for round 1: `%s`' % c.h32(), '', '## Environment', '',
              'Copy `.env.example` and fill in `PRIVATE_KEY`, `ETHERSCAN_API_KEY` and `ALCHEMY_API_KEY`.']
    return 'README.md', '\n'.join(lines) + '\n', 'markdown', 'ethereum', 'addresses_hashes_cids'


def n_walletconnect(c):
    pid = c.hex(32)
    mode = c.randint(0, 2)
    if mode == 0:
        lines = ['NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID=%s' % pid, 'NEXT_PUBLIC_CHAIN_ID=%d' % c.net()[1],
                 'NEXT_PUBLIC_CONTRACT_ADDRESS=%s' % c.address(), 'NEXT_PUBLIC_APP_NAME=%s' % c.project()]
        return c.choice(['.env', 'apps/web/.env.production']), '\n'.join(lines) + '\n', 'dotenv', 'walletconnect', 'project_id_public'
    if mode == 1:
        lines = ['import { getDefaultConfig } from "@rainbow-me/rainbowkit";', 'import { mainnet, base, sepolia } from "wagmi/chains";', '',
                 'export const config = getDefaultConfig({', '  appName: "%s",' % c.project(), '  projectId: "%s",' % pid,
                 '  chains: [mainnet, base, sepolia],', '  ssr: true,', '});']
        return 'src/wagmi.ts', '\n'.join(lines) + '\n', 'typescript', 'walletconnect', 'project_id_public'
    lines = ['import { createAppKit } from "@reown/appkit/react";', 'import { WagmiAdapter } from "@reown/appkit-adapter-wagmi";',
             'import { arbitrum, mainnet } from "@reown/appkit/networks";', '', '// public: https://cloud.reown.com project id',
             'export const projectId = "%s";' % pid, '', 'const wagmiAdapter = new WagmiAdapter({ projectId, networks: [mainnet, arbitrum] });',
             'createAppKit({ adapters: [wagmiAdapter], projectId, networks: [mainnet, arbitrum] });']
    return 'src/config/appkit.ts', '\n'.join(lines) + '\n', 'typescript', 'reown', 'project_id_public'


def n_thirdweb_client(c):
    cid = c.hex(32)
    lines = ['import { createThirdwebClient } from "thirdweb";', '', '// client id is safe to ship to the browser (domain-restricted)',
             'export const client = createThirdwebClient({', '  clientId: process.env.NEXT_PUBLIC_THIRDWEB_CLIENT_ID ?? "%s",' % cid, '});']
    return 'src/app/client.ts', '\n'.join(lines) + '\n', 'typescript', 'thirdweb', 'client_id_public'


def n_chainlink_job(c):
    lines = ['type = "directrequest"', 'schemaVersion = 1', 'name = "%s price"' % c.choice(['ETH/USD', 'BTC/USD', 'LINK/ETH']),
             'externalJobID = "%s"' % c.uuid(), 'contractAddress = "%s"' % c.address(), 'minContractPaymentLinkJuels = "0"',
             'evmChainID = "%d"' % c.net()[1], 'observationSource = """', '    decode_log [type="ethabidecodelog" abi="OracleRequest(bytes32 indexed specId, address requester, bytes32 requestId, uint256 payment, address callbackAddr, bytes4 callbackFunctionId, uint256 cancelExpiration, uint256 dataVersion, bytes data)" data="$(jobRun.logData)" topics="$(jobRun.logTopics)"]',
             '    fetch [type="http" method=GET url="https://min-api.cryptocompare.com/data/price?fsym=ETH&tsyms=USD"]',
             '    decode_log -> fetch', '"""']
    return 'chainlink/jobs/price.toml', '\n'.join(lines) + '\n', 'chainlink-toml', 'chainlink', 'job_spec_ids'


def n_chainlink_cfg(c):
    lines = ['[Log]', "Level = 'info'", '', '[WebServer]', "AllowOrigins = '*'", 'SecureCookies = false', '', '[[EVM]]', "ChainID = '11155111'", '',
             '[[EVM.Nodes]]', "Name = 'own-geth'", "WSURL = 'ws://geth:8546'", "HTTPURL = 'http://geth:8545'", '', '[[EVM.Nodes]]', "Name = 'public'",
             "WSURL = 'wss://ethereum-sepolia-rpc.publicnode.com'", "HTTPURL = '%s'" % PUBLIC_RPC['sepolia']]
    if c.chance(0.5):
        return 'chainlink/config.toml', '\n'.join(lines) + '\n', 'chainlink-toml', 'chainlink', 'node_config_no_secrets'
    lines = ['services:', '  chainlink:', '    image: smartcontract/chainlink:2.17.0', '    command: node -config /chainlink/config.toml -secrets /run/secrets/secrets.toml start -a /run/secrets/api',
             '    secrets:', '      - api', '      - secrets.toml', '    environment:', '      - CL_PASSWORD_KEYSTORE_FILE=/run/secrets/keystore_password',
             'secrets:', '  api:', '    file: ./.api', '  secrets.toml:', '    file: ./secrets.toml', '  keystore_password:', '    file: ./.password']
    return 'chainlink/docker-compose.yml', '\n'.join(lines) + '\n', 'docker-compose', 'chainlink', 'secret_file_references'


def n_gha_secrets(c):
    env = [('PRIVATE_KEY', '${{ secrets.%s }}' % c.choice(['DEPLOYER_PRIVATE_KEY', 'PRIVATE_KEY', 'MAINNET_DEPLOYER_KEY'])),
           ('ETHERSCAN_API_KEY', '${{ secrets.ETHERSCAN_API_KEY }}'),
           ('RPC_URL', c.choice(['https://eth-mainnet.g.alchemy.com/v2/${{ secrets.ALCHEMY_API_KEY }}', '${{ secrets.RPC_URL }}',
                                 'https://mainnet.infura.io/v3/${{ secrets.INFURA_API_KEY }}'])),
           ('PINATA_JWT', '${{ secrets.PINATA_JWT }}'), ('MNEMONIC', '${{ secrets.MNEMONIC }}'),
           ('TENDERLY_ACCESS_KEY', '${{ secrets.TENDERLY_ACCESS_KEY }}'), ('NETWORK', c.net()[0]), ('CHAIN_ID', '${{ vars.CHAIN_ID }}')]
    c.r.shuffle(env)
    env = env[:c.randint(3, 6)]
    lines = ['name: %s' % c.choice(['deploy', 'release', 'Deploy to testnet']), 'on:', '  push:', '    tags: ["v*"]', 'jobs:', '  deploy:',
             '    runs-on: ubuntu-latest', '    environment: %s' % c.choice(['production', 'staging', 'testnet']), '    env:']
    lines += ['      %s: %s' % kv for kv in env]
    lines += ['    steps:', '      - uses: actions/checkout@v4']
    if c.chance(0.5):
        lines += ['      - uses: foundry-rs/foundry-toolchain@v1',
                  '      - run: forge script script/Deploy.s.sol --rpc-url "$RPC_URL" --private-key "$PRIVATE_KEY" --broadcast --verify']
    else:
        lines += ['      - uses: actions/setup-node@v4', '        with: { node-version: 20 }', '      - run: npm ci',
                  '      - run: npx hardhat run scripts/deploy.ts --network ${{ vars.NETWORK || \'sepolia\' }}']
    return '.github/workflows/%s' % c.choice(['deploy.yml', 'release.yml']), '\n'.join(lines) + '\n', 'github-actions', 'github', 'secrets_context'


def n_signatures(c):
    d = {'owner': c.address(), 'spender': c.address(), 'value': str(c.randint(10 ** 18, 10 ** 21)), 'nonce': c.randint(0, 40),
         'deadline': c.ts() + 3600, 'v': c.choice([27, 28]), 'r': c.h32(), 's': c.h32()}
    d['signature'] = d['r'] + d['s'][2:] + ('%02x' % d['v'])
    return c.choice(['test/fixtures/permit.json', 'fixtures/signed-order.json']), json.dumps(d, indent=2) + '\n', 'json', 'ethereum', 'eip712_signature'


def n_verify_log(c):
    guid = c.s('abcdefghijklmnopqrstuvwxyz0123456789', 50)
    lines = ['Run forge verify-contract --watch ...', 'Start verifying contract `%s` deployed on sepolia' % c.address(), '',
             'Submitting verification for [src/Vault.sol:Vault] %s.' % c.address(), 'Submitted contract for verification:',
             '        Response: `OK`', '        GUID: `%s`' % guid, '        URL: https://sepolia.etherscan.io/address/%s' % c.address(),
             'Contract verification status:', 'Response: `OK`', 'Details: `Pass - Verified`', 'Contract successfully verified',
             'tx: %s' % c.h32()]
    return c.choice(['logs/verify.log', 'ci/verify-output.txt']), '\n'.join(lines) + '\n', 'log', 'etherscan', 'verification_guid'


def n_public_rpc(c):
    mode = c.randint(0, 2)
    if mode == 0:
        lines = ['# public endpoints only (rate limited, no key needed)', 'MAINNET_RPC_URL=https://eth-mainnet.g.alchemy.com/v2/demo',
                 'SEPOLIA_RPC_URL=%s' % PUBLIC_RPC['sepolia'], 'POLYGON_RPC_URL=https://polygon-rpc.com', 'ANKR_RPC_URL=https://rpc.ankr.com/eth',
                 'SOLANA_RPC_URL=https://api.mainnet-beta.solana.com', 'LLAMA_RPC=https://eth.llamarpc.com']
        return '.env.example', '\n'.join(lines) + '\n', 'dotenv', 'alchemy', 'public_demo_key'
    if mode == 1:
        lines = ['import { ethers } from "ethers";', '', '// ethers v6 default provider uses the shared, rate-limited community keys',
                 'const provider = ethers.getDefaultProvider("mainnet");',
                 'const infura = new ethers.InfuraProvider("mainnet"); // uses ethers built-in default project id',
                 'const alchemy = new ethers.JsonRpcProvider("https://eth-mainnet.g.alchemy.com/v2/demo");', '',
                 'console.log(await provider.getBlockNumber(), await infura.getBlockNumber(), await alchemy.getBlockNumber());']
        return 'scripts/providers.mjs', '\n'.join(lines) + '\n', 'javascript', 'alchemy', 'public_demo_key'
    net = c.net()
    return _hh_wrap(c, [], _hh_networks(c, '[]', '"%s"' % PUBLIC_RPC[net[0]], net)) + ('public-rpc', 'keyless_rpc_url')


def n_cosmos(c):
    pre = c.choice(['wasm', 'osmo', 'neutron', 'juno'])
    lines = ['{', '  "chain_id": "%s-%d",' % (pre, c.randint(1, 5)), '  "rpc": "https://rpc.%s.testnet.example.org:443",' % pre,
             '  "deployer": "%s",' % c.cosmos_addr(pre), '  "admin": "%s",' % c.cosmos_addr(pre),
             '  "code_id": %d,' % c.randint(10, 4000), '  "contract": "%s",' % c.cosmos_addr(pre, 32),
             '  "code_hash": "%s",' % c.bytes(32).hex().upper(), '  "gas_price": "0.025u%s"' % pre[:4], '}']
    return c.choice(['artifacts/deployed.json', 'config/testnet.json']), '\n'.join(lines) + '\n', 'json', 'cosmos', 'bech32_addresses_code_hash'


def n_ipfs_meta(c):
    d = {'name': '%s #%d' % (c.project(), c.randint(1, 9999)), 'description': 'Generative collection', 'image': 'ipfs://%s' % cid_v1(c.bytes(30)),
         'animation_url': 'ipfs://%s/%d.mp4' % (cid_v0(c.bytes(30)), c.randint(1, 999)), 'external_url': 'https://%s.xyz' % c.project(),
         'attributes': [{'trait_type': 'Background', 'value': c.choice(['Teal', 'Sand', 'Night'])}, {'trait_type': 'Rarity', 'value': c.randint(1, 100)}]}
    return 'metadata/%d.json' % c.randint(1, 9999), json.dumps(d, indent=2) + '\n', 'json', 'ipfs', 'cids'


def n_vars_json(c):
    net = c.net()
    d = {'_format': 'hh-vars-1', 'vars': {'%s_RPC_URL' % net[0].upper(): {'value': PUBLIC_RPC[net[0]]}, 'REPORT_GAS': {'value': 'true'},
                                          'DEPLOYER_ADDRESS': {'value': c.address()}}}
    return '.config/hardhat-nodejs/vars.json', json.dumps(d, indent=2) + '\n', 'hardhat-vars', 'hardhat', 'vars_non_secret'


def n_history_safe(c):
    lines = ['cast wallet import deployer --interactive', 'cast wallet list',
             'forge script script/Deploy.s.sol --rpc-url $SEPOLIA_RPC_URL --account deployer --sender %s --broadcast' % c.address(),
             'forge script script/Upgrade.s.sol --ledger --hd-paths "m/44\'/60\'/0\'/0/0" --rpc-url $MAINNET_RPC_URL',
             'cast send %s "pause()" --private-key $PRIVATE_KEY --rpc-url $RPC_URL' % c.address(), 'cast tx %s' % c.h32(),
             'npx hardhat vars set ETHERSCAN_API_KEY', 'sui keytool generate ed25519', 'solana-keygen new -o ~/.config/solana/id.json --no-bip39-passphrase']
    c.r.shuffle(lines)
    return c.choice(['.zsh_history', '.bash_history']), '\n'.join(lines[:c.randint(5, 9)]) + '\n', 'shell-history', 'foundry', 'keystore_and_env_usage'


def n_code_env(c):
    mode = c.randint(0, 3)
    if mode == 0:
        lines = ['import os', '', 'from eth_account import Account', 'from web3 import Web3', '',
                 'w3 = Web3(Web3.HTTPProvider(f"https://eth-mainnet.g.alchemy.com/v2/{os.environ[\'ALCHEMY_API_KEY\']}"))',
                 'acct = Account.from_key(os.environ["PRIVATE_KEY"])', 'print(acct.address, w3.eth.get_balance(acct.address))']
        return 'scripts/balance.py', '\n'.join(lines) + '\n', 'python', 'web3py', 'env_reference'
    if mode == 1:
        lines = ['use alloy::signers::local::PrivateKeySigner;', '', 'fn signer() -> eyre::Result<PrivateKeySigner> {',
                 '    let key = std::env::var("PRIVATE_KEY").expect("PRIVATE_KEY not set");', '    Ok(key.parse()?)', '}', '',
                 'const WETH: &str = "%s";' % c.address(), 'const POOL_INIT_CODE_HASH: &str = "%s";' % c.h32()]
        return 'src/signer.rs', '\n'.join(lines) + '\n', 'rust', 'alloy', 'env_reference'
    if mode == 2:
        lines = ['package main', '', 'import (', '\t"os"', '', '\t"github.com/ethereum/go-ethereum/common"', '\t"github.com/ethereum/go-ethereum/crypto"', ')', '',
                 'var router = common.HexToAddress("%s")' % c.address(), 'var swapTopic = common.HexToHash("%s")' % topic('Swap(address,uint256,uint256,uint256,uint256,address)'), '',
                 'func main() {', '\tkey, err := crypto.HexToECDSA(os.Getenv("PRIVATE_KEY"))', '\tif err != nil {', '\t\tpanic(err)', '\t}', '\t_ = key', '}']
        return 'cmd/bot/main.go', '\n'.join(lines) + '\n', 'go', 'go-ethereum', 'env_reference'
    cells = [{'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [],
              'source': ['import os\n', 'from web3 import Web3\n', 'w3 = Web3(Web3.HTTPProvider(os.environ["MAINNET_RPC_URL"]))\n',
                         'TX = "%s"' % c.h32()]},
             {'cell_type': 'code', 'execution_count': 2, 'metadata': {},
              'outputs': [{'name': 'stdout', 'output_type': 'stream', 'text': ['status 1 block %d\n' % c.block()]}],
              'source': ['r = w3.eth.get_transaction_receipt(TX)\n', 'print("status", r.status, "block", r.blockNumber)']}]
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'}}, 'nbformat': 4, 'nbformat_minor': 5}
    return 'notebooks/tx_debug.ipynb', json.dumps(nb, indent=1) + '\n', 'jupyter', 'web3py', 'env_reference_tx_hash'


def n_lockfile(c):
    pk = {}
    for n, major in [('ethers', 6), ('hardhat', 2), ('viem', 2), ('@openzeppelin/contracts', 5), ('dotenv', 16)]:
        ver = '%d.%d.%d' % (major, c.randint(0, 22), c.randint(0, 12))
        pk['node_modules/' + n] = {'version': ver,
                                   'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (n, n.split('/')[-1], ver),
                                   'integrity': 'sha512-' + base64.b64encode(c.bytes(64)).decode()}
    d = {'name': c.project(), 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return 'package-lock.json', json.dumps(d, indent=2) + '\n', 'json', 'npm', 'integrity_hashes'


def n_storacha_did(c):
    seed, pub = c.ed_keypair()
    lines = ['# Storacha space + agent (public identifiers only; the agent key is injected by CI)',
             'STORACHA_SPACE_DID=did:key:z%s' % b58(b'\xed\x01' + c.ed_keypair()[1]), 'STORACHA_AGENT_DID=did:key:z%s' % b58(b'\xed\x01' + pub),
             'STORACHA_KEY=', 'STORACHA_PROOF=', 'GATEWAY=https://%s.ipfs.w3s.link' % cid_v1(c.bytes(20)), 'UPLOAD_DIR=./build/metadata']
    return '.env.example', '\n'.join(lines) + '\n', 'dotenv', 'storacha', 'public_did'


def n_pinata_gateway(c):
    gw = c.choice(['amber-quiet-lynx', 'lumen-assets', 'orbit-media', 'gray-odd-whale'])
    lines = ['export const PINATA_GATEWAY = "%s.mypinata.cloud";' % gw, 'export const COLLECTION_CID = "%s";' % cid_v1(c.bytes(32)),
             'export const LEGACY_CID = "%s";' % cid_v0(c.bytes(32)), '', 'export const tokenUri = (id: number) =>',
             '  `https://${PINATA_GATEWAY}/ipfs/${COLLECTION_CID}/${id}.json`;', '', '// auth happens server side with process.env.PINATA_JWT']
    return 'src/lib/ipfs.ts', '\n'.join(lines) + '\n', 'typescript', 'pinata', 'gateway_and_cids'


def n_env_hashes(c):
    """64-hex values that are NOT keys: roots, hashes, ids, Move/Sui addresses."""
    pool = [('MERKLE_ROOT', c.h32()), ('INIT_CODE_HASH', c.h32()), ('DEPLOY_TX_HASH', c.h32()), ('GENESIS_HASH', c.h32()),
            ('VRF_KEY_HASH', c.h32()), ('DOMAIN_SEPARATOR', c.h32()), ('CREATE2_SALT', topic('%s.v%d' % (c.project(), c.randint(1, 4)))),
            ('SUI_PACKAGE_ID', '0x' + c.hex(64)), ('SUI_ADMIN_CAP', '0x' + c.hex(64)), ('APTOS_MODULE_ADDRESS', '0x' + c.hex(64)),
            ('APTOS_ACCOUNT', c.hex(64)), ('SAFE_TX_HASH', c.h32()), ('ROOT_HASH', c.h32()), ('IMPLEMENTATION_SLOT', '0x%064x' % (int.from_bytes(keccak256(b'eip1967.proxy.implementation'), 'big') - 1)),
            ('VRF_SUBSCRIPTION_ID', str(c.r.getrandbits(250))), ('LAST_BLOCK_HASH', c.h32())]
    c.r.shuffle(pool)
    lines = [header_comment(c)] + ['%s=%s' % kv for kv in pool[:c.randint(3, 6)]] + ['%s=%s' % kv for kv in env_fillers(c, 2)]
    return c.choice(['.env', 'deploy/.env.sepolia', 'packages/contracts/.env']), '\n'.join(lines) + '\n', 'dotenv', 'ethereum', 'bytes32_hashes_and_ids'


def n_sol_bytes(c):
    pub = ed25519_pub(c.bytes(32))
    lines = ['import { PublicKey } from "@solana/web3.js";', '', '// PDA seeds and the authority public key as raw bytes (from the IDL)',
             'export const AUTHORITY = new PublicKey(%s);' % ('[' + ', '.join(str(b) for b in pub) + ']'),
             'export const VAULT_SEED = Buffer.from("vault");', 'export const DISCRIMINATOR = Buffer.from(%s);' % list(hashlib.sha256(b'account:Vault').digest()[:8]),
             'export const PROGRAM_ID = new PublicKey("%s");' % c.sol_pubkey(), '', 'export function vaultPda(owner: PublicKey) {',
             '  return PublicKey.findProgramAddressSync([VAULT_SEED, owner.toBuffer()], PROGRAM_ID);', '}']
    return 'app/src/constants.ts', '\n'.join(lines) + '\n', 'typescript', 'solana', 'public_key_bytes'


def n_chainlink_api_example(c):
    lines = ['# Chainlink node login (copy to .api and fill in)', '# line 1: email, line 2: password (8-50 chars)', 'admin@example.com', 'CHANGE_ME_PLEASE']
    if c.chance(0.5):
        return 'chainlink/.api.example', '\n'.join(lines) + '\n', 'chainlink-api', 'chainlink', 'placeholder_credentials'
    lines = ['## Running the node', '', '```bash', 'echo "you@example.com" > ~/.chainlink-sepolia/.api', 'echo "<api-password>" >> ~/.chainlink-sepolia/.api',
             'echo "<keystore-password>" > ~/.chainlink-sepolia/.password', 'docker run -v ~/.chainlink-sepolia:/chainlink -it -p 6688:6688 smartcontract/chainlink:2.17.0 node -config /chainlink/config.toml -secrets /chainlink/secrets.toml start -p /chainlink/.password -a /chainlink/.api', '```']
    return 'docs/node.md', '\n'.join(lines) + '\n', 'markdown', 'chainlink', 'placeholder_credentials'


NEG = [
    (n_env_hashes, 18), (n_sol_bytes, 8), (n_chainlink_api_example, 6),
    (lambda c: neg_carrier(c, 'ref'), 70), (lambda c: neg_carrier(c, 'placeholder'), 55), (lambda c: neg_carrier(c, 'masked'), 35),
    (n_hh_env, 20), (n_anvil_keys, 22), (n_foundry_env, 10), (n_deploy_sol_env, 10), (n_truffle_env, 8), (n_brownie_env, 6), (n_ape, 6),
    (n_anchor, 10), (n_sol_program, 10), (n_sol_pubkey_json, 8), (n_aptos, 10), (n_sui, 10), (n_web3_keystore, 14), (n_eip2335, 10),
    (n_sops, 10), (n_sealed, 6), (n_kms, 6), (n_broadcast, 10), (n_deployments, 8), (n_networks_json, 8), (n_constants, 12),
    (n_indexer_py, 8), (n_calldata, 8), (n_merkle, 8), (n_pubkey, 8), (n_testvectors, 12), (n_readme_deploy, 10), (n_walletconnect, 16),
    (n_thirdweb_client, 8), (n_chainlink_job, 6), (n_chainlink_cfg, 8), (n_gha_secrets, 8), (n_signatures, 8), (n_verify_log, 6),
    (n_public_rpc, 12), (n_cosmos, 8), (n_ipfs_meta, 6), (n_vars_json, 5), (n_history_safe, 10), (n_code_env, 14), (n_lockfile, 4),
    (n_storacha_did, 4), (n_pinata_gateway, 5),
]


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

N_POS = N_NEG = 500


def _weighted(c, items):
    tot = sum(w for _, w in items)
    x = c.r.random() * tot
    for it, w in items:
        x -= w
        if x < 0:
            return it
    return items[-1][0]


def _write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        print(__doc__.split('\n\n')[0])
        print('usage: python3 gen_bi.py OUTDIR SEED')
        return 2
    outdir, seed = argv[1], int(argv[2])
    c = Ctx(seed)
    manifest, secrets, pos_texts, neg_texts = [], [], [], []

    # positives: first one of every spec, then weighted draws
    order = list(SPECS) + [None] * (N_POS - len(SPECS))
    for i, sp in enumerate(order):
        sp = sp or _weighted(c, [(s, s['weight']) for s in SPECS])
        path, text, ftype, needle = make_positive(c, sp)
        lines = text.split('\n')
        ln = next(j for j, l in enumerate(lines, 1) if needle in l)
        rel = 'pos/p%04d/%s' % (i, path)
        _write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'positive', 'provider': sp['provider'], 'kind': sp['kind'], 'filetype': ftype})
        secrets.append({'file': rel, 'needle': needle, 'line': ln})
        pos_texts.append((rel, text))

    order = [f for f, _ in NEG] + [None] * (N_NEG - len(NEG))
    for i, fn in enumerate(order):
        fn = fn or _weighted(c, NEG)
        path, text, ftype, provider, kind = fn(c)
        rel = 'neg/n%04d/%s' % (i, path)
        _write(outdir, rel, text)
        manifest.append({'file': rel, 'label': 'negative', 'provider': provider, 'kind': kind, 'filetype': ftype})
        neg_texts.append((rel, text))

    with open(os.path.join(outdir, 'manifest.jsonl'), 'w') as f:
        for r in manifest:
            f.write(json.dumps(r) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w') as f:
        for r in secrets:
            f.write(json.dumps(r) + '\n')
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    bad = 0
    for s in secrets:
        with open(os.path.join(outdir, s['file']), encoding='utf-8') as f:
            lines = f.read().split('\n')
        if not (0 < s['line'] <= len(lines) and s['needle'] in lines[s['line'] - 1]):
            print('SELF-CHECK FAIL: needle not on stated line', s['file'])
            bad += 1
    needles = [s['needle'] for s in secrets]
    for r in manifest:
        if r['label'] != 'negative':
            continue
        with open(os.path.join(outdir, r['file']), encoding='utf-8') as f:
            t = f.read()
        for n in needles:
            if n in t:
                print('SELF-CHECK FAIL: negative contains a positive needle', r['file'])
                bad += 1
    if len(set(needles)) != len(needles):
        print('SELF-CHECK FAIL: duplicate needles')
        bad += 1
    from collections import Counter
    for label in ('positive', 'negative'):
        rows = [r for r in manifest if r['label'] == label]
        print('== %s: %d files' % (label, len(rows)))
        print('  providers (%d): %s' % (len(set(r['provider'] for r in rows)), dict(Counter(r['provider'] for r in rows).most_common())))
        print('  kinds (%d): %s' % (len(set((r['provider'], r['kind']) for r in rows)),
                                     dict(Counter('%s/%s' % (r['provider'], r['kind']) for r in rows).most_common())))
        print('  filetypes (%d): %s' % (len(set(r['filetype'] for r in rows)), dict(Counter(r['filetype'] for r in rows).most_common())))
    print('self-check: %s' % ('OK' if not bad else '%d FAILURES' % bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
