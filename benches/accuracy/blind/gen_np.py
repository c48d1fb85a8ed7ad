#!/usr/bin/env python3
"""Blind evaluation-set generator "np": wallet recovery secrets beyond English BIP-39.

EMPHASIS
    Crypto-wallet recovery material as developers and operators really commit it:
    BIP-39 mnemonics in the official non-English wordlists (Spanish, French, Italian,
    Portuguese, Czech, Japanese joined by U+3000 ideographic spaces, Korean, Chinese
    simplified / traditional) and English (12/15/18/24 words, Cardano 15/24, Cosmos/Keplr 24),
    Electrum v2 seeds (HMAC-SHA512 "Seed version" prefix "01" standard / "100" segwit),
    Monero 25-word seeds (CRC32 checksum word), SLIP-39 shares (RS1024 checksum),
    Algorand 25-word mnemonics (sha512/256 checksum word), Polkadot/Substrate secret URIs
    (phrase//hard/soft, 0xseed//derivation), Solana keypair JSON arrays (64 numbers, second half
    is the real ed25519 public key) and base58 secret keys, raw 0x hex private keys, WIF keys
    (Base58Check), xprv/tprv (Base58Check), keystore JSON with its plaintext password beside it.
    File types: JS/TS (hardhat, truffle, ethers, solana web3, polkadot.js), Python, Go, Rust,
    Java/Kotlin properties, YAML (k8s, compose, GitHub/GitLab CI, Helm), TOML, JSON, INI,
    shell scripts, Makefiles, Markdown/TXT notes (several languages), Terraform, CSV, .env.

USAGE
    python3 -B gen_np.py OUTDIR SEED
    writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Standard library only; deterministic per SEED.

NEEDLE CONVENTIONS
    Mnemonics / shares: the whole phrase exactly as written on one line (words joined by the
    separator used in the file; U+3000 for Japanese).  Substrate SURIs: the full URI including
    //derivation.  Hex keys: the token as written (with its 0x when the file has one).
    WIF / xprv / tprv / base58 Solana keys: the full string.  Solana keypair arrays: the whole
    JSON array text including brackets.  Keystores: the plaintext password.

NEGATIVES
    Half re-use positive templates with placeholders (several languages), empty / masked
    values, env and secret-manager references (${{ secrets.X }}, vault:, ${VAR}), public
    documented test values (BIP-39 "abandon ... about" and zero-entropy phrases in every
    language, Hardhat/Anvil "test test ... junk" and its account #0/#1 keys, ganache -d
    mnemonic and key, Substrate dev phrase "bottom drive obey ..." and //Alice, Bitcoin wiki
    WIF example).  The other half are look-alikes: bad-checksum mnemonics in invalid-input
    tests, tx / block hashes in deployment artifacts, xpub/tpub/zpub watch-only configs and
    descriptors, addresses (0x, base58 P2PKH, bech32, Solana), public keys (secp256k1,
    ed25519, 32-number arrays), encrypted keystores with password from env, checksum files,
    wordlists shipped in localization folders, ordinary sentences in those languages,
    contract bytecode, event topics, commit SHAs, UUIDs.

FORMATS CHECKED
    Wordlists: pip-downloaded `mnemonic` 0.21 (trezor/python-mnemonic, official BIP-39 lists;
    english.txt sha256 2f5eed53a4727b4b...), `shamir-mnemonic` 0.3.0 (SLIP-39 1024 words,
    RS1024 code with customization "shamir"/"shamir_extendable" read from its rs1024.py),
    `monero` 1.1.1 (English 1626 words, prefix-3 CRC32 checksum, 4-byte little-endian
    3-word encoding, read from its wordlist.py); embedded below zlib+base85.  Generated
    BIP-39 (all languages, incl. U+3000 Japanese), SLIP-39 and Monero output was cross-checked
    in scratch with those packages (Mnemonic.check, Share.from_mnemonic, decode/encode).
    Algorand checksum layout compared with py-algorand-sdk algosdk/mnemonic.py.  ed25519 checked
    against RFC 8032 test 1; WIF against the Bitcoin wiki example.
    Electrum v2 (mnemonic_encode base-2048, HMAC-SHA512 key b"Seed version"), Algorand
    (11-bit little-endian packing + sha512_256 checksum word), WIF/xprv (Base58Check,
    versions 0x80/0xef, 0488ADE4/04358394), ed25519 / secp256k1 public key math from memory
    of the specs.
DOUBTS
    Electrum: only 12-word seeds produced, old-seed / BIP-39 collisions skipped.  Solana base58 keys are 64 bytes (87-88
    chars).  Ethereum addresses are written lowercase (no keccak in stdlib -> no EIP-55).
    Ganache -d mnemonic/key and Hardhat keys quoted from memory.
"""
import sys, os, json, random, hashlib, hmac, zlib, base64, unicodedata, struct

# ----------------------------------------------------------------------------- wordlists
_BLOB = (
    "c-myWTaxssvUU5Ojo7<wiV&e7KS`)05qWu9%TD*IQOCz{WmawbEiG|$34{<hj>BY@b(-t({NLd=tYcf>hFhKM`4w_55ww01zK9=X"
    "<=|-h4RP+n-Q&KGA^H*b-0$T$5OwtC`@Qv)dHGojNyX&|T0hQukH}xW?wsA5Kj!|kl9&70cEUYVJ^L`f4dbxI9plJ<y&KKz<9j3+"
    "VyT3ECVUO+y&x;1?Cr)AACIB#h(^{Q`#^rCp~fSp!asSQ_7d@D8RA-9-uy+~x3<T%dQdv^u*doN)(P+J*&=sy;rd)lq&0IqmoLKh"
    "5#iFv;M`Vzygi2q_eh@`juydL;u-VD@D*>f3}@*(^1H56$d;kyxkPbBw$@?(BE|Loq@dP&HRtO@I`Lr(;U3Aab)o3iKb~46k-HHK"
    "bZzI;9~>Wwv#jfYtbcXx`mBWtvBv*4@OE39+r-gUh8;nw+qPRxw!KE0`~6Aa_l;L1AkBRuMM`a7c!7N(-}@4Y?U5<Y>|`HVc(Z-4"
    "FOMicp1q&tVHMfW>J8^d+yA@`2mf2)%5e;S{NpHw-gg{*iG+^xxkNtB=UmP>JX>VtJcs)qL?Hv`S<gOl?W*AYs*HW4UiHaJ=2z&a"
    "#oo_G(3iOBRd%b;tKEmOA*os)!=FO98^+6il%tWIk4KNf`uG!<;<nFvyxoS|R|NNGnIr9p#G`M+7-`;yDgI|G^o{zqa%0r7+pyeP"
    "3$ex@VlDjA|1xvaZr#37sN8;#z!9G&!aq?)w|Lk1gtropC0q%5eDhnm4>a76WcOCeBZ6o(#3zz0&v<1-jk3Fy+4dbWK39a1bXiSv"
    "Esx64K@bH?+9%aL#78Nl^wmhB-oNhTr4s)`#IsrBZguBiKO@PSKcD$_5ylsba4}qcsd?aGa~Zgfg1F75HMeGX#3w-df^#<@!G1*Q"
    "jSmuGq|l;$-da@ZTU%}sMB|O1M|!ROA>c8gNXSjwX{#ZquQ$}$t({b|TQ<2{`;7lcFRGTA-2E_7=SM>B-z`wo0%7^)pz@A;wHEA^"
    "kFeM2$<KY<UJtIf(6)0W@`nQ5+v<-SkKeP6hy37@@7QnX_*)-&!5)c6f<08@9CfMJIiBC=8^Irf*~{zbPojh)u~7UxsP9uAQ4o|%"
    "Kk90M_k)!4L-jAi@9($!aJ$h+LdMJA?P>04_alVo{}4pYj$nykiAIIkBH#z1_6YAq5xKvk)4bC7<@y>(YW?!uc0FLLr@!0I!N>0W"
    "-@GNhbp%r*+~Pe$?4-IAJ@|2yR|IwCmg6+NqnjMJM8a)C-ns28Q}gF%-q`t6*^nYsncVrv_Yz%ge7|^)!u@4Id*91?P!bXEo{g$7"
    "BQo1h`k@HpqeQrDruI~4hG+-jMuCUi^W<R|DMw$n5#IT2DV~qY6oIe%q;*CYeW&`+Rdb1Y5aF^G?r3zQA)3F98Wu|A{_J=9m5?h5"
    "_dR}HC(5@*N3xK?y3?rd^{n5dje&8muV_>EnZ7l`jbN{jFXRUSF?3Ocq2MEY@m4c!;Xd2Zg?Ky&qg_U5X68yt&71fpvss;^`V;n%"
    "@PkA<zv<MeXz>=<-2HxS$dJNlp=CQV)XTj+9tA<R8{eWuqquVwRUIKcKq$(n)!eoiJg^r+lDD>47;V|;Oe1N&Dst>5vp#BcjUguu"
    "nux5K{(4l@OGM7S@$~goQ73maPz0Qc&X_wk65gpXXz2)eVCa3*@s&a!ajyH8(U0-zTc-~Xu^)=V*R#OeSBswVj>00O{fBs*gbTsy"
    "2^z>gSdRPfF%y1A!clp-snB<ZD5O#1^P<vdXnUoYLV<0Bm<wSA5=VDNXf8u(#dq8Lz4BgrFNT$@?tQU!?|t>oZa#Q$7)IRPZ*euu"
    "flg`kjsH~c_rBLgL+epGRHlBlu)fnaBO#ks)Q!-e_f8quGmW8`$FRyKqEUTDJLEBqu5nN!j}*sf!}nxVxH0PUNJ}0|bhiZ&Zyn-J"
    "*A=2HH|{N%&WM>>6teAkJ4JaA@vcW`2@W24*Mr10SjRH^q`AJlaiMDoQN4Yw=3v!!3dx<?bRmj2ZtbWZMuUkED<G;KM%Y-6_(V4&"
    "#h)B?S`mK;HWX9HsG<BM%91CYRJ<{o?i^n=B>E!+RcfqZVn^*5%~M5DjL7(Uqqo&~4p*X{jM30}ojR$+L$2tMvCd@)dv2`SJRw@x"
    "enhPBAqb8%<s*_+IwDz=m9JEfD4PSBeRxDRi!h2PKP@FmIxoLWeYM@Q-%-EE<`5-BS9y=2a>h^#1Y6idA(uh1`W0JrocwC_M+Ri1"
    "bt>_Q{XE*XBAlZ3h2ZU?b<r|Hendcv$`Q{P`jUGq4~&ZUhj1e>Axb>jM+EW6(9scuq8vLlre{6HmK{}lqhC7g(8t^O6<Rx<R|cwd"
    "gps!}^uv;ja3zSk5hYkX6DdRxvFH{eNJA~;+QO<Ym@GE_5;>p<%0rD<rs=I{!<4FJQs!HjOl2O8$Jg7*!Ca;ohafH9kTGh?$ZMeF"
    "qn?xK9HkfyXo!v?1QuI}P+6QUbc1DScD!ZT=El{nG1v(iuN^}Z%0EO@8k#}D%!vXH+0ck#zVb3r$9T8(VGStjgc1lr8!YS7+EUhc"
    "(qCs<Sc#F=6lJx>%P6QC^zS=2q8n(6d9d><+esX5Q5&POmA|ktB8;z!4HW<6X7^gCNZ%-I%}8hOF)EH0I`H!t0euk`a}@QMGK$Ax"
    "IF&Pc_;@vHvzO_HqecE9+UBS^<<oNb4DCj#d^)BNkyb`TEb`CjFGnSYP5CV9$dLQJdg3`yyF%6*-~Y3kn8otxiAJR^pBow~MDd}U"
    "#qk+UFq%!sW?I{xd2ompg0lE3{A1C+JqB##5b-_{gu4F<IdV{=wnP{;_JKti!NKXpfExT@Onrn{`M+~wJ*m(S#;K1X`+>(mGU%QN"
    "sjnd_gV~2;%|{IMc8cXu2D_R^WUQmg9wlltKP#M!F>eGM#dw?(e1S)Nq5AS3TH-@P=MlZ+qtYcjY7RgjHCji6lj&2M5iA6!ckyu_"
    "jBxA|BAD_tTJBN(4KGwN(;uM=z1?dZpIYpX`uX;lW1#tPEEOR)%)I=}D~8}bW?Sw9TkA15uVQgU=q)y_$J}EK_i#A%pqyLitw$)z"
    "cuHu=2WHfx@kUMW$b(^71d*7{i&5s`0Rxi<gM2gx+ACxyt=(bsBTNO;(u#ZNMtH<H>k&HCQrdl$J(>|ZBqHP}hEd#y8ss853Uijr"
    "SV<4ZNfBbMKEl?BQ<xo(zVaXa<|E8ps~bl8qx;dP!9kRR?I}j;pI-=#`-wbEVdaKhjMfNoyCh?%5MkIN)N@meU*ey;PwuhCO<_-P"
    "5QDl2RTSSZWR3C+v3rv7Mu<)Yn4<K|)RPyQDr$40znJQTMxU~ROf@>32Zwv4N5?V6V48rc8Dck#x-rf4e-SR*fowO!u#O_+73b!!"
    "<6BM)rza}L)W(sDHSwh<KJnz>Ax22iYYicfEy{J`8^-I>KSya$_+cB|2*`z_<Oq3%9St`*R*vw684%q&kJ|AgOfgI*h`~#QoNaeM"
    "K-iKSVdQSddoy(^Pc&f?>b_bGdO05^MwCl@>FH~Edk$zXM_n=KdPJ~9kAkqeJyBjU;tI3-$!L-@J7@N&WD&lo!wkOklRSryKM{O;"
    "3nTmp=1@&f`c%SKBtxJ1jQaS@{_$C&c@QqegDrwJ{`WXpM=H-V?u#I_+Y@c~jDmd9-k+gs`7qCRyAj^8J)V4s2ns>PDt%`Adoo~o"
    "w$*zY_iP-;=Xf@|n5SJ~)TSIrTdkg9$Pw*aMr}P~SoNfyK6_Z6g!HT-NFZ8fj0BK4C7*nS7%h(8uzQA5=*P`M{leq%h9y{Wg2fja"
    "-gGN7NUZ!StUv}iym|bGsi0JmRSopIRQtXf-wb;>B>E$2Fg;v|=E?M2hU|0>m61dQc5fjmmk?=whkh-egjH)MBB;C&(bvTr)Ro=?"
    "G2@!9m<mgXC)z$lp-P5IKCyZ0`d+;0z5CN8Q^b;uu;BrSNSNRe;v(msgW*<){2{|agq>!{lP)gmfNzI=LG6o3i{O><SM?#;)7PDX"
    "J!Z-~ERNX>97i<XxGVDgqWZk2tLlBA#f0Gh`}^%ZsxBR8$dzyo9sgcFqB^{{Tl`0heaEPHkIF%%!Yq2n%M>9W^_{Wzd)G@HqDC>k"
    "<3P}f|0hh1VQ=m24{bVvErRGAJM!!84^DtTQ9I&)^>`(|PGN3`jPL&^$~pe;w3R=+@*n(##6RlWpEWwMKWlvu(s4!j@ivFPiT`+k"
    "2qQP41~Eow{PQy|shQzklvR|&#L;#(j&~1EZ$0C!XU2VmD~5M;o5LF(jhRtk1P7f-3^2Suh7fb;0pewN5JY>6Fun~oF#3Bgp|hiM"
    "zhwoFkdA9E^~kHZ6y`j&PN7Re91*k)C4&{~b$xKSP$GpGVnq<9MX1h@J7!8$S6j$Tq0Dp>*~icLV0Ey}G^PmS6U~?-bN!1BUOP98"
    "aJnAGoDrzr!YnX|8{17)872bxr@Ui~5WOAqAW>;%CN`oUiLz{DlQW&)cDiOel`z@)X^dgwVxP3T=k9=c?(1L}jdt#zw50iK$HHBh"
    "Zi?2jL`Fgz!~-K-qb4s*_biN09h)t~dwlJMFT8|uA2`j~m8UR#rd5QT8lg6K$nJd@$V=$`6p@7pC)3>X(fc1CxbHPni?Q-T*A)R}"
    "vgk6T;qTQ1PmlI6!<OO9J3i|Y*3Lq|zeHV$n!4Z?i@+MN(Dy9`>zr3CBk9DDYlv`WB(&g%U(&r0f+mfT;d_Lw5W#-u6!myfK`r_N"
    "7wn{kv4j^+(><TjH7wEZ@W#>jtR!Ja{~@qmES0h2LW_(b^IjS6M#u<Z34`PAukBTEOz<!o?ZS|o&%o=~&q4~HHiD(yFy)pQ_{@ZK"
    "0ZX*?_(w}d8>oy1mmFV*$kGjiE?%LLD}7>1Gp&7P@Vm4lYH;YrC4J-92r+~yMek(oaDHH+7DiAb#3i-#$AgQVOvM18Zc&k!e)wYX"
    "1711|Uw!Wpp+Hb;OLq!$`8rCN5+SVa%U9%b9cVl&X5u<*q02%zi?Bvb`HIlYtvR|_nRi?9<E{)T*3b;6KQEIW$@LmkuQ6PXaYXbe"
    "UOc$szjJ15=_jSKI^bB##}UD2Tt_|Umt7lGdu@#9VnAO}oNHJIp4@3GA;^96hI7c<PlG3=yfVt;5Y>a4T{~{wcwV;ORhJ`9);9ck"
    "3!CyQ0{g{ybd8!9+T+eUhx9et&F|7~FWq<T9#<ozN#Kkj%@(8fxAu7OUyPB3_Mih`*wOxk*@GR_)L3o)TDJH^4F!i&_Ki87s8Uhj"
    "ZPgDKB7U*)`;CEk+iG6kG$GpN*J(L-*>+6E7{q7_rdKJ#7@)<+j^PYB-F0Axm>jpY9lyp~m{fWSvO>0gYF&iPBTRu1_WF$hV-)K8"
    "rrm|b9RI{Vzb4LFx!&40@1nW04Yt~i=B%@Biy_LLc#I+$gb#%Al{Pg=gyv!!Hp89q^fu@#-Eg#Q)KBA4KR1-xrZ(G9ViDB5Q;+qg"
    "GFwB^nl}2kZTPb7ZpBQ*_v;?)1jpc&=#`>WDE9at7}bZo#~0k9f8$+>UhnvSP-8;!2}987F_E)9ef=;~TZDQ~w&z#0$0)olhD33;"
    "-hJDez3o;Dxv3NXg;cOEBj8Qx`<QUS1-sRa`@+KJvhQ8LzoQ7VOv6mz@pF3aHZ3dNiji$|G3y%J=+g)%0xHke!tjb9e%!F;x3J1~"
    "LN3uuhX~cWG5fpW`QKWYt=_U*33cFJk)z)H-9b8G2{(i~XQS3op6!F`nclFC32z?}11>U&-=1>a%frj~iaqU8kdP-y?4dtA%%4&_"
    "BV4HMA@d5}5fA+`dwp3Td;KOv$t*}cO(Dl_N)6XU2;IaXRSO}P=8s!@5N`P*J0nRl+0N^>Fe0$*%}>8EzTWycqLiY<W`gZ4P5v!x"
    "QB>}x8L{<^D%Kg)ZGF!fw21fyeYeGLs;v#@2CZ`I-`|w<SL8H|3*2_x9dbRRF9^BQ8vp9JdZGlP<B9K1_e1a<0k0GzUNpzfvYEKa"
    "v9I$k(e~mCM_5~gkvRv%`H@0{hi=-jO?MW85Ml<WE{f4|<Y(uzIghZXFM&yB68MP!?@%$h3dNa5#yLE^U<pU)Oz>Wuj}1}Km?5eD"
    "JF^pBbY^5Pez&MBc0zk`@DqYIzn7_+Yz))6Hd$%+@}9TO!zZC_V`mw`<IS}Td(lP<kp@geuq;9}^RbSejLz##&9oP_G&QwyVZ%BK"
    "VXF*@?-@@J1E#3P_pT_8QX_&f8zP1*-hM<gGeZYXzQ}m~?A$Zelc~<V^flk?mBklE0-4b_wLhb8k20t?{+VpHk*MTtC^@OW*9XtH"
    "%cV<*A5u-D*>LRo8t3?<3SvL(dJA`Fcy{dU-Py`$N6oN%;HWJci;f%{O9X$a@yHUjcyA7mcfHiP0B5JSi4cQ(?>Ebwf$$zGYRBB!"
    "`^rDdSoV(ja6|@<>{~)O`aXsS2bGJnmuH442TPv_PXeBEVDB91Xg(N)9?@?cVcdmm$Fqi{N=2v@deCv;+s1oY2v>sLsOIt!!x)a9"
    "Wl^9Z50*ud$~}zCwnz4&+B$I_k!ZZfJz5DNV@>9`HqZ6j+ffGoG3<|Q76)JcV0vRjP?s5tn^?K0jySN%4(2+KGTFx+&S)SaH`L&$"
    "`k_J@^BxYn(5IQlFu==!aH{Nx(#*6SV1<Yg@PWR4JD!dOLd0M#LY+7vDU2r>c=|M44q*vJS>ino;oaCY2aci$s6_|fAwo{$gN=}j"
    "G?xgw(=rDxo(My?bB!8tJi`zsW6yZ)dUH9$foju6IcnjfS*@KbJi>^lI2bQPF!Q6?=f|J{eGt;B;OzF1sqMUM)tWh||5Te8ARP1^"
    "#~%;%4TPxt^VTTy2*~{(bp65LK7u6zoC(LAn&YrXJ@jlIIpPh$T@5qspxZwzSpC??f)<RBgcn96$AXU|LKYYtE6O@TPOa3b)w0Lz"
    "JsQVht@707O!i@!x3Ig8##gbYk8rHs6PY5+1tW+48WxRV&>RezkLG!XYKPw`J`({o6JO`0#X^v^4F!1Ee;*iUJb%L_5xr&@-YlKV"
    "b5`EXy5p4a5km-nWJzr<L<sT61Abl^G9KG(h<UBnq-t;GP@Nkg0Smt(#PxY>>bN61*@OPEAYAXnu*{WeM~){#j5T`Ekd)@BCWt`*"
    "E%~J1W1@B><Uwk*2qW3kH#>_-6%ydn;}&ag*kxR_x}4_Z^n08Q#{rUpK2;#PQ6uCNob;m;hoLWc-fmfhnQI!+Dkk&XT>%@?Jf|Nt"
    "MskEb2RI=yS3{sokDiNX55|{A*Ry+c2QWuxHBE&0^xt$K9bGr{(YcBFhzMEkc=XNF8w1i1yLu4IHUj6z4wh>XVvHF{#ecBwf#2jR"
    "%8-t;j*m;Td|1*SgF*D`#|O50ggo^_wemsB`LHZMG>MN7?1STLxlxKS%3>|W@wHPszx*Wmg;{{9nBH7Ba1QE;lT}XfZ3#9mI~8=|"
    "L^<)FM0myr3h`OrPFF9U%#NSbUIu&d&p?6&t@S_<-?`x+7GvG>Y4UjJPy37$k6{FS@za_gAyHl{!bs-XT+wwtSyd1r7Ey>Oq!WKP"
    "p~~gVH7+O0<*buuW{$OFPFB7|#f!8<4`W%35$b$BE6V<~Q;!iX=3q#C^$|ut8$WJbkJ5O0P+6RJy6lhYdvg1dix92G5inO7LKSDF"
    "K2=$`FylXL;|MpON^ck8%KFuir-T2K^*Cq433P^Dspd=*=XB_BG5|eW<WPh4bhLOfwM5dp?zdB`HNy3vR-g2`rz?j}?9utnb)jio"
    "ot7>3U4$s6)1@b;OCckiEY9eO2uP;IxDMe;ifD!2){V|w2n(Mw+Odry<kk7YEDt(+4w$Y+diHf7U??0G9u6f9y$Jj)9|ct$VvWB3"
    "{6H;6xDt@|N0izZwe@RrnAxXzexw`<Z64lwE;R_@YTy`ec$5oMvf4!0B5;X%2>cX%%_*j^G_|QivNSuyNf5t1IKqv+hSbN}*Qjj~"
    "cGoHP^;J0B^k(*L@&onF>7X78I|4LE-_Rm`zeVq-qDaFF3*IH?5wK*rW6?y7xDr1TGw>SjG`A2v)b(qi&V{8K{n#tl!H0NpYUQ7~"
    "=hqOuLxi~$>qUisIidb4&q~p}C~OW{iGgsG9+ITXej~scND=T2Ukq+vEPa?mL}TY!)iQtK>Lz>jo=>ZH^*RH@_NLYTVoq}6*7Zyo"
    "y)X&v+T9`j-7yeUk~;GIY53wz^>V*lDCy$wSDRUviev@4OP^k0UPtmDR}lIB7$Uh3^d0(^0C&g-`DINGbw#cFfh##m;)7=M!4&a_"
    "n()I3h!5;zI+Kr_R}8_YRa1X3wwe(tjgNAR{~Qj74*x?-`zWlhj{5DK*9S`SBMSe+*{ct9<j1pQNJ?nR4^`v`rep+;z(3G;5%7Fw"
    "6FwL~e$da-N<Nq}`#^AohvQZG$Z4++C#^z|W<40jexQ9ms4E}W8ikKGKO(?M|IutQAIw*Npw#SdbZ$m48;vjgp^x$dee<#7HT_^>"
    "jCWFzeYkSt!w&olmG(t>eHHt?uh#kJl7`fGiCPrl-rjVreYf^M$7XH*-{J57vS9yhxQ+OwLzedeL`~U&2;9P^9F?nKo@4-y0A6zI"
    "Wo}|=BD@c*;U8EZxYQxBHBD?y`}@CuV+z?0F;84AO!I}<n7xji+$+ywQLU-0<?sK3xe*$2Z>DtCm%?DL-wCnddLOHz>?RUQAP(^b"
    "wZzwOb!_>lXqddu*g+qNyNRQC8dlbTUyhp|^(Wg8M?V9LQ8J?wc#+9TcbY=|`@aK`gJh<br}r|YteouJ(8*c+y2rqQLrVJDrbZY&"
    "A6T6tP=_DBmvJxONV3Wlqwt*=_?f2|7~J*?&;uyvHjwlWuxFTogUrl7M?;vru`mxR*vFHGtjXadpJSfdnD0ARKe{WHl`r05_Bo67"
    "V_qs1ho7DqmTyky=dn0hzsjk;kpKC65EvvxYXPu>z*C519eao)OLw{bNTxbsxJ?2}^&X~MMleOB7DEHhg&p4#P$ZrR%@vZASA0+r"
    "7GG=4N*VE~Q)k!8G6jz7;^E)_J%knw7o;c=MN{YE+1?R}KGG2sBA&*{zyH6%$`_IHo+lc>BP#%IXkH`wa$jfTCmU{JE;b69;RZ0I"
    "_Qk>FAsTQpdJi7B0m<9$ewy8fzGXv+dK)FRw~T@4+VQ6}Ax(aeoffWBKSCF=gzWi)Vv+1NJqPk2oUSUp(*!xw`1bo|kaZ+RI}@cB"
    "_4b>vQ-ypDQBHAi_)oG&)(9LOG~%O7-Hac_BL-f>aaFb$T^k-Y*n@8wL&#gc9m<*$XTHO6=8<To7+&~`ZZhZaZYUhg4|-<$XECKP"
    "bUDao5QmK#5XKxuboxqX_dWYKd<&!kFa=Di^JJIKaz-zRc&hjzF0SE%@4c*>0Kr~ZQPibZ$&e9Or1`qEOZ3QbCzI>LS3Hf7xBdp?"
    "=M6TUZ#v=OJ2GX(`R<S1W57{2AXK-+UOfRyJ^g&Qf#Lpbco$a{dH5a@g+;12RRlP!ND>6rT{zY#8jJdSW4RZh7xp!DEodwb;zQgi"
    "hFg^VmDoXJzp>iT^GptB7Wj-2_LGBn6#3<aZsmr04^erhD~4|6@XBE{2K->FqE+93Cf+L3*+8Yp(A@q?_*2xfTjM{jE8=3<GX!~J"
    "Gzeu3BFZzf0W~Rvzh8LM=$HX8IWPNWhZn&SFIy8UB}R(;F$v4jX;3YID27+@QQuJsKt#2->?cD@-=70Qkd!(H5Y%14<9G9G8v_A#"
    "7Xd}$J3R!*C-0?}-}=263TZ+yMhIZ(k)N(V@_R%<KZQh{;NI-tZebytUf*X!-oN9D1n)GEh5qfY>BY%qNVK|`Cxwuv`@ofP;Dx~>"
    "jm3+`AAHjL5JfU_t}a8S_s-G#mADuwls*y#N^fOY`2cwB#ZoQ&NSI2P;9U1abPC2x=5R@T)3Omp`gilOj#ZphnfXbm`<=^c=v>6<"
    "0s2#MWh;~|;UWC$`vPC(rA;`=pzRQ%^F5>7hD2lKJ)uGq+_j@pfMyw1+tM9PdLgwuZGLv+hrwNxR`Gn;W<s`n_0yH5A$Orzqs7<#"
    "QB<ybi7L!X7Qr@QGH`CD^y5>^1rs5Tv7J28y*HItXyeM~Wg$05JEf!b1c1vcd7erS>?hBuh2t|7fAt*vpqShDmhdk02}?WZfkAc|"
    "?jBU{!7=)lJyW!9+ENJ8es=XSYo>%^-RCUaTEMwg3{Cvv1Q??C`rsRY+afEK`eD1ei)La#6k+tI^kLw+xB?W1(}%ZsN4MI|8WkZ{"
    "VO@<-9G18@Z6PI3nQ8Rare+DZ9}72PPitgqAHY~|=-UzN<xXdRZx4Sl2~>Il>Ako2nm>N$I@yZ>*i*q26jE#&BRkK|d9<_(!ZnED"
    "8qUOU?Si+c1M%b~AG&N56=M&=;)B-7Q|+EOt>ZdtEpL3bw$(vs)}<HPj)q5~m6=HUIp54e*aZCa$Z(-8HB5oDSwnFdNx&83l{=Gj"
    "3N!|n3#FS~hd8VC&AAPa!X^M$#Y^w)r~G&7kJq~iM8|sXgUx^mOobJ--wYVD+-blRM^7cvvpFzw@T6Jp<waPrAfvN$2o-WO^mgs<"
    "5Mj%43nkE3^U|APT1xk551Z{yqel!E&9Uzp`j``3mB1N$X&xH?@kXPziV!TZQDJp^gc%UI1$)J5?i64(B*4m(^!sB88=q{9jJdpR"
    "rhgk*RmII%WVn3=S*0NwszhYW2u|bVrXy_<P*jF4<qx@bQ^Xmqe8r=hNUGTz&LYOCVAhO&)e*-=LxA%VL*-x~BCCfCm&O`B6~cko"
    "m`x8*6?ep#Xso;wiz+}>wZv3$ZSGY_6^bhXRmwVf8YK&mN|hXu&>p1q8U#v_PD@M^SSbOLBkPAIE+ig`GaBF_ur`6(aB%R?Cj<j!"
    "Y40&`2Ep_s<n0|MN0<-qGtcOjR!0MlR*nc!vLpQ!pPHczpgT}XQDwm>#eZk~`c}|dEOtoEQz#UAQ=m&;?sV<tVIf4Fi2mZOychlf"
    "6oE&2So9#4>iz>*Y6(;lro^IodX2;@)lctgXrwYb+%91~Mro8BUPqPs$xIB*_|3BA`|`x1*rP6iTH?jl1TX`)?+*Y)cdH1<rRsS;"
    "V_6>*c!(0?5)n+9<XWeNo1G>vEbT(<#hatTDtP>`Cvd3=S@P&5CTY#;8gIB^fr(j)!@Wkw3M?twY+=lzaHcEagw=>I4qT~n{UO%r"
    "c!U!1*Bh-f1UfZDzSyy~L($1Ob4JlsqHaj=6!ygE2Nc93ZaC>X#Xy<K6NOjKmFK-2aE6$1ez=&W0gE!JPyHi+p~{+AsFs+g0j!gE"
    "e%d4eIMtR2Cl3Gq?`QSuX8#JL$zdv(CK@s*rufKj54=V@*)fK4d&J0tSAGoHFdw-Q%44AT9vFa+VfH#I_u=Ltk8~b9(0d}As<L@$"
    "AFN3rnufa<Sd<mvL0mvo49$smpCHm__!Py&w|;1KKcd=xN67I`DuuBfX6lYsjYEG&!TYpyyM{muKUj7Azy%AS>8jchBV8S^kE($M"
    "%89`H>^($0A>K{lom(lS>J}ak-gFiPMMf)$t`uhInwt2hvk83~z%WIdkB|Wri&S{{oRB5Ypz$K)5i|M(IMIzarAj|S3!RG0d*gEh"
    "UMf7G;kCy(&mEXh30CrmA=-o5`d}SeXv#21mFfJ7$jUc$d0K=lw|Ll%@5r@@S>gtpSO`<`B|6sJqpQ?yFP!5`cE$t`ohs(GGo*R+"
    "{mOjz19pK^@unx94pB_)ZNjBEgm{QT!mOKc0Dx#BxJILsm2Vmt?u8lwGLvqjiM9KLM-%PzF3RbfQ%4$I5fNg8D`$!!`|QwQDlAw="
    "#8+Sm<AkS)>Iclp5HJ)jeUJ8^<HdXN(M)wx3r{u7xP!YYIx4~ji0Mup1h~|MELGq~V2|cUBc!c_0A9rKal#}^pppkW;b~Af&sSv{"
    "Wgz_fzYpwjFiM7pXR$;kH}n9J#BX!R8bT10m-(90-f-MZd$(xAt|l*gUkpQ$PCZ|&4|%Y&z<cV&T=o1QJ;z5Oqlb;~Xcw5tdk%Bf"
    "E&1ng6T6fKP#n#kynB*Xq55G>iRTvvv`@xgh;I>04*8ztrt|2jMfcRuc}C?K6_s$wE0~HAE@a|~#%P7(7pEPIM7RrSiZ<czL#eWq"
    "=ShQS|A}_tnc}^l(KSY4KO2U8gdJ`1Z0`gblFx>r@f2nqp;t3lP;*Z`)&Q7zdmM$&jx`V=&f5@-CZB$U2w#K@0iNgwflZu=;Q;+("
    "99O(QV4Q?Fc@J%zN)4o`31Dg>nC1v8wM!#C-n&k7IpUo{GS&-SCyMC;GerZny$WYi<dJ<7Febx-Q3IMu=#Vfb5I;HgMi+~x$C4BK"
    "ql!&v5{KEk*gZqBXvKyUDYdSH=%GW)M~KmCBCMidC`j@rF5fss@zk}akqy+y-Zq+G{6|#>ZDdWwDNleW;2r-6U3Wx$)%WPMQtnYp"
    "5o5iMBcXR)hVR4ok|)C?i-46RaW>wN6rH;skhme<T_pY9z9JeQc2c~`f%uMK(f|zE2)ZeB%i^7R*@P$!2~i@X<lh;FRK{NKnwsx="
    "h~IlWDc=0Oe^W94V1E2*Xw7-R(Siap+&ME69UXi{WO96kBAi${%NaV4d7z?$#ofKg(y@%-34hZSiWBdtm>eLcZ<3p~=&onY!U$h^"
    "F6z9=pLuwePhm?W-*>T3*sC-CkhzFA`su9cFB6soII4&zntm=#If7$eWNku``hYk+Kv#s#nzxEf;`H(J<J0E=>IR_{!B?TTN{kXP"
    "qKeBp%qJd9!{OO=OdL~L$tuknxPbTZf|bHL#V+MjDtqOCU%GRW-de{);ocRUj`RkB@?Hhu#Hqu8BIBbgObe5P8RLO)G4zdfbBIXX"
    "5o-zyHu{|uIQ-_hzoPBiBh5ed{*0d^0*oGfHWRjCj1+hl>Wz=ez<q954K||Lu~CG4M;8le#LQNqXvar{8&RG7GtSRB2KS-Y>6BRS"
    "1hxsFI${?yg(<KM?&lHm0iI}>GUP;*4hhVo=&Cu>p)Xk2KWZ7!REV1g9S{_)2|Sgd1L{RnA;OyG`+_0l>BL$Ynle>rC9)CtWjx%)"
    "U2z|CFA+Y3b?s<NKv+I3x|^kWI-48o_X-#+h8N6~dC#F2G7j;jEzWaXz$|3_PGHuz_kN=BmKYat&v(PyCj=|;SF<u|$Py}Y>>j??"
    "JT2C&P$$G^nH}5*;<bcHG2nVHVzdnD7QkqsF&3;ImQ|3lmczn}L`RhgQC3Ch6Jwm_FZ_Vz8xP`A>9H2{e*{hh*&!|zT9`SLCuVyW"
    "@LZXy?`m<UGeFgQoun!)6{zr{skPvQ7t>XhCVY4=EqO`2728S;Z@(klg?R<BU0kFtHmgCSUtO48Af$CB-b+dPcoFW(VhS_}KwsRT"
    "EregjE6&#e|1uG*5!Xi%9$pvT)(%rU9NB^gqbAr=Q6g-Vu{5eox50EgOG_`J|MY||-7a>)?L}ScOcpQwodm1~>5~O9Mrc#$Omy;C"
    "7gH}byPlImO)Qz=be*l<8C~bwI^^utI$Wi=3KCccOv`o1F-6Fzu^`F3bO6|L7Yp!Yua<Z+5C8seXSMU{yxTg6MSD4iuok*4CNK3M"
    "t!lLhTb`!Qtf||<nR)JP2`)ptyqkRy0hUF%tu)FtMtd`7ycfeYI^#7BSd4@-Z%WWu6maxtYoq^J+tmxMwi!`qg3uCwmUuHSut7}X"
    "&O9PxtoB-a6d{f3ju&O^qZYZ&w^c)O#XKO440SJI>G3X|rD$)B30074p`K!Ncx+9?+KB)fmP6)*tHrywTRQFpti3UiY!3e#-hUJw"
    "uZ5Cp6pn@3?%>^`v|q%}e)CXIX$XuydIu_TvlDFSn&!4fZ%yY%OZR06EZLUMES%+-_;w{Ny~NE?Ccbi9<qa@0;z8MgjwAHKLJTn4"
    "{NmF@M>OMCVxBL8Zy<3DuG@Ci#t43qa%3@$(_AvbH61X`>G%e4?&oK_=9p;BmUHpLoBFl6QAV`jsMcJWEW3Tuq72#jjESo&0_(h6"
    "t=o9t{jYRJH)q#lG@d@x2D&gVALX0$_%OEJ7^zzs8?`tpQ9kuWg=px1%HWg13L2$-<x{^g^EW+4oBilExax0nq`wlGxa8spPQEiY"
    "0uGOwvoW1ah>qau%u_Ze?;>m|`1~8FIJZIETyf#gR!x(Qu2TQ#HgHk=9`|iEbMlua?&fNT2p#LQEPNys6=;^Cgtx)RQ*e1=A0D3Y"
    "_lLhnJ#E8f$!*l@jln&DKZDwY0M<e1pP?6Cod5FvGUUAXR_x+7>ga%Ya=;v2gk(&`vlZr};+2et`QcaEfDQ>5q;9i%9be&QF_f7W"
    "4}g%sY?q&z%B}ne&Te!uoBPCMqUHkt7-CGMA*u+#p(w=NqAyIy2|o0FcC!Emk+X+^IY56eTw@f4P0T6wjs&ZSX@W-DLhr<X&l_|Z"
    "Zs<+(Sw$$0<g03>h9E!n9rJS&Lm^lZVB=ENEBRLJ0>QP_+polF_gmeF?tZXp@zlc!x6Rkl?v26Dm4WYjVjK-uk&Q;b3<W?II{6Sh"
    "R!eo8@zF*|tKOXD+c0vsme@no7r4iP@UU5efE<K9u8DiR&eF&ur20gA0J7Tj8f`v@ofY3w(`=zMu3DL$JMLodKZI|#f3T5+XZoHu"
    "oBKv5zd1LtfpPmrOx?l+faYoRD;{_cUY_&g;vHLs$Facv$^wWjv5CXmwGt`Oj_pD_o<{tXdnj#uK^N}PGqZ5V#k#a>-++7cne8%0"
    "w>=DzxE!4oP{%mY?`{&abrkA`nZkh`!lib%j=Lj5T34TQpad+^OJvUP<|3fY3OT3bkdg){iNF;AxDf*+MCi&0mps@n++zdjNH3|W"
    "zo7mx;$t-SSMIp857#73jQitLL`d}dh+rR?9N%-`VZnfT91`@{ggX-A^4J~wjvk(bhnEiT_QV&#_we>J8yka%pJ6T_NbR1zT#I)i"
    "B096UFoQlciqM59-%SkUl&4wnnA2o?$r(wsDw8M}dZHu6BtBG536CV9YiSZdNv4BX>o_aC8|Q<lNz;3lyp=Y6xrpr%K~VbO8F$rw"
    "ZN$u)^WvRzdlyS7g3_^xlMhji@4`QITkYx#QNE_dDmy`x&1Y}8bs`@EC&dj$V_gSvlEoh!8M2@&(UKgVdfPxvW)AymqA%S?G@ZkT"
    "g7w6us!H8mrQjZ21HunjAH?ZNDbBDyxOvSLSh+SNV>roo7Rd8~8IQz3iFZXUIUgn97=)w&7F0CC4EcmDSM^1E<kWlqf-lxI14C?H"
    "S@|ck8bLd={GyRL!&4niu$`D^tm6H~FgHXKRvG7MG=M896TJ<)BilVk3On`&dz>2jqs^tDdjBKf-ou6yKRtBo9y*(jgia0gAIC67"
    "t6&?<yldt+b4JN-h`J|8lM)1`dC9{&PjBhsIA5lR)BhNLCKo_%s-M}N$m{H2i?AW-c|P=v9JsF!7ZM(WTOuIOlBocx0{J=QVfX51"
    "%Vk){uOkZh<psV}o`5t#TuwM3k5UhjmRyVM0=UF=0Pd2{dRV7`T_*Zct(NoH9H(IvvU1a3=~`zIhR969tB}%peF%l;j^ihD9-Y_O"
    "m*rbN4ajb#^FDHBD}-Q1)_xvNzSH^5EJ2Kc^G!VDTwE7>WZu!7x907OXWdp`bmW3OJ?SFu!+!Q~Kylc`9)PgI%-;r4hSr7XTKq)q"
    "vNq$ynJC2mQ`$`z{=sq=uCIC9icuZH26i;l+!DZ;3m*=rPa@1|Y9NaK{<yw&!}Q^myP)3AOz_d|6A!zrqleZT5WMeYlN~w2KKf(#"
    "e#c#)v$M`P>m>#*rS-a}MUZGX?k0}Y2wdEi>OOhrVQQxkG?(&+5NZQXZ6L%ObLJH^y-Q<H7LF5oI=!B`c=NoP(m5>Imz;RSxR>54"
    "!c2P`M7W7)qvAz){VXbAro)=aQzzFss0l;7Q`bT^Kyg@|r_12Z7}VoII*0DLZ%$=DcNQ1$oEp~=k~9N**Z-W+k%0Ls_$wl;9(c<f"
    "H$52KSkF!zR)j2lU}^U^p^!I+x)CPa?%;CE`9ek~zFVQ_dFt+ZL%gkMv@<s{JpthpHuHI$j51G=JR<fuh{siQT!cM6dS_)vR|Jjw"
    "tj>#tAOjU$bk=uMaH<9bp69Sbcu5SX(<N@Fy$9h&KXg`8^_M?S%BsdKXSq^2QPU?20MC}+o&Ab9*U-Nw3)qD45lmd3jV@mFl63~x"
    "I3ajDYX$?|;S(4hdgN?w4><_WD;^tcC82t|@Vz5pd)?;%+B<{~9-{QH7C8*-%9^|9(t=#9eg4j4g4i>B7sa<2$5zWuJVGqPb9eRe"
    "iTTF_@`;tq>5^p$a{JVrKpbNDy6C+oY>!)9zZe3f8~8nz7o59>{F&YBY0rAPikH>oO?aOnwoM3HL%&_~(kF}4&hDZM5Ph7ny0Qda"
    "NZ+;GE&5T{;-0`6dBcvKa=Q9Fv=JYUCDx8cncWaYXNRT*bK&lQ>hX`(%rTqbxrQi0=<p1%S?HT68W3|#*Ilz@9q=XD?$J|$pChmi"
    "f}&eFWYqiObG(M?iF75u0A;;?yaWR52!+$d$yfKDWy1)2;n@adXHr>_Uktuq#hUrbNgY6Up$w?ZFFqj<yZ2~qy3k%lTY(*lIYUm0"
    "D}-ORxd@9Xt>(8-L@z5VV7&ui9{(cY%6>B(#qbq>y}uipC-+KuSuC$g6%@L+CvwjVcW1HiPkNXDzH#>|#<f$A1*{%cB97Zv7Fv`b"
    ">cAChFWrt59xy-4r0xmxqqG72jX?ZbX6Dczkmf3jgY-haYBzyb=)hOCw+9EvFJ3LNe<m#WPiaB03=}9JFU4T}MVZ>sy}HX&znqN!"
    "!pi=#QGKC!znoD0LalwFOukSi5k!yn4Wg=r!0r1TJ<7=e%Pzk0LwxJ){$`H)yGO_TKP)V{OZ!w0RKq{~Pa_>3CkmTt0#uvDrlk*E"
    "N~k;*WdUnReIQGJ<q0Q7LnhYj=FZfzN8M$SilVq!ql!>BfBkjfn-=VbQU=!+`l%y!xs>kmgzUoL<hO`O&Wi$%mj5LpyFTKio8n5L"
    "5e~9nfab{G)v;$vHL-BZCXO!NnmLtSBC7QZdY*eyFhy;9h>a`IPZe(`pMQ1I9iKXO9uQEKymfr<zWcb86Pp&y++HrsT*~XvA>rV5"
    "?%cMwAMPqit1|my>GqUi$viIps)CFM7MZN7FaC(n+CPy!OKY+ov3MXQYfS;$d9V+Ulz5^Ald<Fk)SO?sg016hoh_+)A<pWNsGRrQ"
    "m@MIRd!px*@P*Wp@HoU&{{Bzm>!g2*)Lhs@%<WOoU3gMCGrLhDYm0gw_e`@zeW9pkkYHluEU}qkWJ?^}#g}!9e7{|QKBmD|x3Q<H"
    "oW2}g{)(WjvrgTTS(-m?ubQa3jcv<~%$aO=PqL)kf)#7np6n*b$|tx|h(w2O#C7$<s(;_M@<YYds+k5d=V$t%<yzS`U1F{uUalf9"
    "*9aro8fL<5x>v2dcHT>(t|F{%6wm}y7s+mH3<cONCkd&MIP2<uQFm48y26+QdAZ>`mBp*6cOxQI&%mY}Y`ei|ZS3%P-9*47Ag+jk"
    ">w@6iA;39T2)SlPO@P{#+^mpVk)Jt+PBl;D`7QUrXLjoT%!s?uV9WXfJDcR(-*SYwGi?bV4!q7U*VpzOY%K19yC?Zqa(_8KgZ_)n"
    "Pl>c_@CRo9F7WN%&bJ(O0(_(B&yschl%DI%0yuRQz!R1TxYJFDr3y18n8I)g3_Y|dUj$=Bc-zQ&S^#fWsy^kD!)V<T=eBq^_RLe5"
    "n_oiEo6^mqhU`p-MEQs4)~4tgv%<T<834G1zxm5%HeT6=UNW+MvP?2UiM%dCv4=O@1~*i_f!C*~;w7e4Lak&Q+b_B?gx+^n>>T+M"
    "$ZiC@sgT6Hd47#z>_*mT?f=PZH~?iOyIm4etzkE1XBoi6<?oNfbaS^ffD&pVP#Hs)uguZ-EsA!}v|b6xyp=iM!KK!DqFu){NOyva"
    "uX8t@lFU_Qcaz7E%;}1p^RA;!YyQ+-Np1zIn713tQpnXmRApU3e-&mw^l1`1@j_S~a+a-GK=o>W5!sHE?iO*Y$DMs$Zf=lwW2IY|"
    "rLdf#vu^CEyUT6%FuB>i6~ym7!344y1L{eNGilLUQk~hAOL9iCc%H|E_W`#vN6jijCod{*y?LYlzz|QW7%;wvg?aIw?X0awnvCV$"
    "5=IvlszY(seaY5mQ|oGkTha@KIPg2XX-Opd@6*TV$}JM1`LrJ@v>Uv5(MkO$uZE#9Boo@*wE>W!SzVp&Tct&7d21$*RbYm9CmfO)"
    "P1(`MA;0qZmi68fl8B29^kM%p&D`kf)~h=zCm~vu{miNap$ZVd)12d&OW7#L$Z%4vy{w#I0+X*SsiHJZJU^1w-KoO_0OobZlAO<H"
    "gY?saVH31XE;Ck0CC)EThhnK7zpQq^{oL^5ZjYF3YRN+u1FgwtT%>B{yol5c&wPGjwEsn=mJCxvZuuDU=y_f^lAt~jdOz>C%bEwA"
    "Pg@h4?&b^aYZAWgE#H6NvjFzY#c|I}TOC3OZ%YN9glhZ08P$e4Z-YaC>#r)-4#1cwNQN~2QZ%2qxf1q;m)6uH_atZ86UdjmYciK<"
    "gRxLQ&&fT-V+8ZP%=GncPj)FtqP8Sn(|!QV=O;>*7@&N1ruXN?LHDG~${Wu-?)kBw@gC;rnIulE7RdK`YJ%3hw%db7@Df5;lfvyG"
    "KJJNc(c>j`al{%_Z!uc5K%NZ~`jp`9kY6qd-dc7DFug4jym0_TP@#6bYr+-D-Z0&T4W4GW?pHOf*P)*e+cV*U%$g&28RCA};5@>z"
    "?*a%_V4w#t_+U*ExQqU6TJvxjJX9~h{`OR?*I_y&@1gzXQ<R}#!b~#W+$MW($*?x2ri1J)p@r*(EyTu`I4!BDV1P@k-+Yy6qY+jS"
    "g-HN6FUg12-01v56$&b(N(wJzIb2CbxFmY}hY`+p3ng3v3MZ{JDB;?9K@6dXON?Ru_7zs7U_;5<HlN^bp<oTIqM^7g5_Z70jM~0I"
    "f%Z!fhoSW!?>H89Cz!)7likG{XLkE$wF!Nm$@Mdn?=K;Nzm#z|Lp=#0-ShR%<QqsttmABsyXA2q8Ch!+JxIi|c{5RD9o(xUntQfW"
    "{6><&)$=O;-R>+gjNHIpRptL-jr&R!)zhnc?~HLp9MYsRq0sPtzg}M+&Mtcssi<{&?@Lze&SrQb5wQlD@w3iGcj0Sk9NfR?kv+^k"
    "o5mq4?HCGJaq-5j{&*aE(uN6GbL^Nf#q$TSc#)K;i|TK*vn=~UGS1gY80D_tV<h~X{rwTZ+@EOsjqUa4H&6oR$#IzT95dDNsze=r"
    "5n-j#buKqRF}Ax01JTLhmoW<Tiq1L_jOHkm=zHnw6`hkPE+TFE<+001=|8C~dM4bEq^kamYSV(kEc2D^wg0^H#dXKpr1khY$Ns)o"
    "bauFGwEdjiuTSLg`v*9BO;(L!+Rl8;#fpcbn10^lXqb=5jCa&L%a(!H<#YJWH@@zlX#0J|bH57u8WcdKmw?pQmD;O`$FygLN)I^1"
    "4-{0?r<`_=$K^#B>-10TmrSpS_w?kFMp#7ZnrGVQm&A8_dN;&?CQ;tKpBH0ZmR5zuCnNvn&NG8KG#O(MmatF<FJqe)j_Pz?RCz_5"
    "=ylU#YfbVz?_S>%JnE~5rd#p{yJpsyz1i3to4~B+Zw{@8k*#j4zwR*<_RPh)7Xv?U%$KoO`iFnd*SYMLkv)8^;`nKN7E?`CIir0+"
    "o|<Ui#S(w9dw&)9i4mT-z<X{6ZM$R;oH1)_HcK0;(I3=kbYlAz>DQTd-44-Sy`s|65$Qh<*sa^fRIOLMzNA+p8g`hieaWB3TXhKG"
    "P|5Z^HhXnyc|2?$MYmJbgouFB`Q`L`T+KcrJ-O*<{&T&uFb&sxy{FfzIM><spQv+i+Gclc0;Bv4!oQ4P?0+8o=XC*UCr8(bt*uAC"
    "2WmsvQ{fpkvfQNPB2v`-sL8K<97MyC+TnxDop%e=L7Bi0g&?tRvjda6Q+bkBFbM_IjRHKk=BJA8B9mIR>~}%B+1Zpew?tqW2Ca^D"
    "7?WkaQgJh)Q?OhnLAuT?b-0Fv>w@O>)<;&cHFd7cgoLwdOEozO?0p~Hf-)kdgZh;K0%y`v5&erUI9Ur#k0nb|9UetxfnWd19TR^^"
    "U|91wb(iMz>w0QmE|mjVI8(g#<cmla+xq>LAFg5B2_t5-lNBPgwofH?UKL;)dVX~FrQPcl{qY`qkWXhh94gW1mCD7gD2Qj+o*8w<"
    "jfkG?jJ1Bf!`AC@J(;$U9|DZCkyMCw5I>xZ)`~dMlNv$@v^fIJ?1_y5Z4uCn(KQ>jR<SkinV4oD51nJmi_kGNT1RBtIowLL<j%Ek"
    "E<Mk;V-LfuW-c?#ES{;~jpgv$&L^!Dqfzy;+_luz1#FYru2}x&e6Cr}=a05JlWoIT&2JMn<9e0ac{y<H(~?M%m{pqzRC3IAl-H*O"
    "jGc+Sh96bpbW-Z3U-C+#mo9m^SMnpHsjz;CEPuMZh;}vDCnLX%)T~j^Sz^ch!)J*yH0jTB5n+}+fBej{{Cr+b{j*M)o6njTa<^(3"
    "E-kFjElqyW-*bMo&+Iedwyd_^&-mOI$7N=O{Zb{v?8)$$aO&Zf&SP{jhH*$)4u>SLcnoaA&E2yDP^d1wdvVbCV8w6e^8P4uN6HpC"
    "NVQCawV%mvnPitgESGm#FfHK+PRRWty%YeB>!ldG=a!5_$E(yIs^%5a%O!7G`1MuKIBuitmufK$l_o9bo{#y59y8}79zY8+p_i7_"
    "qq^r0zP<T}F!Ld-{O|vWK>wl4ytp|*j-$`Oj%NdTkZ>19ZXPQB7BS@)wWh{b?gjFwZB8;x!gNMF>Zg>K*>yvnd9i2m`QgvhetFP^"
    "#Xt$EFY7U1r#~h51o@>P#pt=1#ZDegk6!}aQINvT)p`-h?(fm$D=NvJxhHQXy(p^;9k2Yuo(W$jveV>4Tv~$OW6nGK-1Ed9J;J|;"
    "G;1Q%)9V-!_l&jI?_$;It<OZSTZveBxaNhWUU#?+UiGGY?0#(&u>TO9?&;?W`Ld{Y_ECMXr&n@yy1~jrpV9uy&N(^J@#wO!cJ(hP"
    "cPoG2^O~AOnETr_XroKhS<8iMFNtR#y|Cxx4Gf(%DLU6Y+-(vNaZ(#Yw#2GSPpKtyCIP2=M9IiGG6`}4+8I&I8LwW9s>akw&6Agd"
    "*eLFrbI$`{?|n(Udy;#?n_0dNNj&waPfU$ml%9a#U&-B>Jf2DInUlT0<ek+!S{4&Pc#3Um)ZVavAErh{y7)SgQE7PJ)^(6fxOk!Y"
    "WGQf7-=!Rn2-=Ayhi25RpwF6Io}T9>YEV*pvI%n%dIEzltAw60Y>~or&w2?oc2lNXX4+HPOzA$9;uGQI>%{8FlwVoVrk=LMn80~2"
    "{t$mI1ATtN<x9fksWQ_S8wrs17YjM%@x&(&-W$|pvVxu*Ex16Q@)jb}kqT&@Nv3D+1Ic~+=J_KzK+%lxRiC=foOF6R=_^J)n*p$S"
    "iY#IC>sz{_Bp+oc93Sq<j06Sp)U67*&Yg}0%qJ75+?=d8g4lDhA%$$T{8haCTIBFt?VLiMChS&ybjsB6keb!N=$pUVb;`j1Ip^*A"
    ")1NV};+;dAc(zO7@(&egz0mSqpgbS;`8DEUoFg*TD@$LC;U=|M9lz#Z!p~il{3`Khm5e$f*|vXZKb@lyC$IQr|4bS=Xh2mt{}6#%"
    "+(7P^tA9>%P-XVd;Ob3nbptvhnCp^*%1bI~XuU2qwYYSlp12_Rmj^{(=_nT{%c=$Ee<o`uolFvlPX17szLDz{*B@&pX+@R!y6ZKt"
    "l2Nq$n?$swCpIEBn7SV6=t*F|Qo}xEo0B2*notGuAFm_ZXxbtF;up14SItkHzUoEy0mye`A*E!a!<F+_x{8y9RGEgFI|I;F)}4j^"
    "o}sH?pMpKtlR!_3cv+!QZB(^iQqpweIj)J&tp{@J05%R#AB0%B#sa4Ejir;+fOnf|41>n{ru)fMTUx{KZPh&!a+;N$RuY1t$s?&v"
    "2MAB?n%QHZ6H@En`%Pnzl_1W3|8ktt{@;5pd}HZElA)gYqnF)6WbDuIHNbJYusrZj&22J&=}CDUV`s-&X!xuVGpqSv@nrV^M9om8"
    "A5w+LX2<BN*?k|A*0i{b058Wj0!eSWrlWoyHc3sR7w|IO4|@e<QZG;%P=kX!|79$7*#Gvks6&Z=fmuo^LUUEjT>MN}KfYYtmeiqD"
    "*F5n5>$RNSlA=`b{@sa3ZMW%?FK?LAzyp~m<ERyKw)sk5n%e<5x9xraO4n&rf5tulvYR?RoD8R&KQ1$IPQyN0$P=xNzrhTgrxRi`"
    ")sjMr9^5yA!42Iv=d?<~_wQo%F*b6Ii%VMwEfYqZzkH{xKuHe<BK^#>b#U&Ju+aG$m(HP9uRQjgYM$AOBtp83xhMZ?|8#oxA7<2P"
    "IAklGO2X_j-=VJsE<5kI%96^;S|VgS#L+I^R2fRcgi84{!5&d3j#;>phdC<`zpA^aU$m-1{nPqeSRTNexP@JmJ{+q>(Ee~fecXQA"
    "FPc?s2l}!q#$WxjxPriE?t8m1{vyX28|1@nv`orei%Ed>XQ2V@AM(}Ni%l7$?$HR;pRlk>fU47uZ01-;{!~2VT0cfvQkk*(gTx=@"
    "5OqCW&oi?_U}KFwWJzcJqI1a%lvQV2dY>Z1;&yMA{Go6@wgrHr?`Jyz30%#GtgYN|am4BXNQq(jbMA>B#8~xiJ)%n;>@Ajh$KlOZ"
    "0hV9RA}-Vow+Fxp@o&~w%TGktQh&@`DPU7(W%++dU|W__%|Qu-um6Ycm6pCV6crVhbqNCX*XoFB!NEZBg_e}*MCw;bUSV*^6aC_d"
    "z3NBH#UCL5lUjDqmv2{!G_oZ}!yz8#qt6!=tQ9}1aEg~TA^Bec`maeO0+c`N1IRe6nTWXN>0cDFfB&~%+^{ySez~U?jSPrlsi0qb"
    "wGw`@!x}$?H79HA*X4;}lCuNu-xBx#R}W<)<R5m`;ru0z{WpK?&>v3St;4khV|A8Ul>g;lSjz?Xk2b9dyyoc6WSqj$KrxyttJZ=x"
    "lx)`DpQpY(EK5F3?g+5D89;x_3CI<SoH>N7N&^1l)BLc`-s4NG0N|+vYcvacDA{OF@&4>tg1Bi0uT4%Qm&cv{^p}q|UD?zT-?Alo"
    "enr{(yjM;zuv>ubko^K+t(ECJLWlpW4%n6XL6c3lCi?<x@@cJZKItw2JpO0qC+TcGkwun_wm*cnMowFUTLt)w(~iB}?`b(fa=UrL"
    "VP+ED<{kmNWlSMCU5BBk`fo1Ig9(>9ifhgZFS&4QM%+MPk^z^k13Dr#J{tgJmZ2-)Zq~m;ZF?<fjUMu}D`BSE=i1=&OwDCC4J12Z"
    "9$bC-znOFKM-WK^JD0{nrRxuP9?AWSQx|bf{<J+;CrhWRU@8~De{%gsjaiamHxt9gZpS^xk#48U@sZ7eb=X{II-An%^2auDKy=Hh"
    "QYN=8f>*YIoE4L8*CzhMw0qT#f064BD1k!=zl)v$@k^<@y2Jc0_3k9u%;s)5d41)pY%KT`2+UqMd>)YfUqwuR67*{Ag#3b^MylTS"
    "SuS+{oUFZvyu16u<+R)2unVYvUY40@W4+~d`ShJ5A}Q{$=d2?vzf#K%s-fH%;PMhD<FBu5GvC<QFLV3KHD;S$><FEo+j1%aJU=xG"
    "M89X9`<3<Ate05=Zc+RcR<Xi)-<tEIdmdz|r|;Agn5f3ssVgI4C5hyRUmXm8`}y@==?H=Ft9~Pr^LfDd6X<Ue$920)3*?~4L-$Q6"
    "T}onhL*}iY4eM>oJ-KBdUjGjTv8R71h;tVfCjz7&c7`EDe<@wUxYaaEVIDp`&T0}}=ww=YZj+N3r2Z>wMg8RC{BjdxV26B2BFxZ$"
    "tix8UFjKQ!5Q**gfpbo|QzX={T%rxM|3>KScoc0d3G|o5_*&7nwaeK@<UgKpH3;(@*4>sqj*z}-OXZb_f3MHi4gg=1%?sbfsLZ;b"
    "ifEP;`O+|;{l1b8+1L3uA9Bgf!$AF8vD;P8TfS(!Zj^qwp-DYj@+3$`q-#^RYYGsmWGmW!&8E0T`dx?GmMdHK>m*L%j4>6NvFNih"
    "l2bcIfw^7L>k*7ysMdSUn|@i8lkoV4KY1y+r@-}wpqQs5QT9`_n?S0eu((RHDW7>`&X2jlz?x@#Q3;i`HRM#zu^dxksY~{j@PrL|"
    "*vwW>eRX{0`mtZq<-3k(rqGHT4X`&tpWSML!HT!8`G!50#lg00m;HZ<mDwx6jYr&90R8Z9M&+M*B=!?Xw&j*2<m@7_N~PTNKj>qK"
    "@8cx@m`uucmpHgR1j7j;8yrH?C@(qTDW5XO>M(cs%+oI`68_88{RQl$T;ya&YAgZ$5y>fWqpN)%n+o`?v+|tR)eGUW=Y0QpZ8OlX"
    "h#l`mzMMCWHMb(T)-voRaUxbe^_j7BD7o)Iy|x|5E0Zim8BI!K%)H^}YIg#YXg#mC27hxt>D{rc+YtD=Ij8(f<($JaHy`->Kcf-J"
    "tIKkIl9F4$hs<<V>64k#ma%!Qk9<iX61i1DW?+qSli@itcTK-XWX}g|I-&LiC1gw6U-?EX$e|jzPRGd*w=$5B`uO<<f{Rb1n3Lu)"
    "&9puDk(Ly>obBSL22y$b^oJOly|s?q^dKi++4bOceV7*?He;+4ct{Ry6Jvc>v?rYNd(uM75v?C=&(()}bpsP3X?BFPoU2;#mnixg"
    "<_eGEjel98*+l#;c~bVPEi`RGX0qMoARXZ$n@7HFv&Q6f5pvF7xawK%XuLgpheVJq501A4IIsp!2I)!Lk(~~tm!=JofGhrBXjGBz"
    "P-mCi$iQ6<?9YxtSo@IcB@WiZ!xBANVn_C8l1>-5HIOg*Vx8{(oZT<nyC8XW!RE-f%T98~^0P02`w-ac9Rs_##W+7ANn+hIAGr$s"
    "7#swK$R^J`KN~K=O+6+_^|f|ohdKH#APJ!20gi1?u4>oK{)?tMxrteoClNL4%-Ii41Nl&E$PLX>B6oSn1w^|$BlPQ@dv+yxF!~XV"
    "If%)196c}M#xyeLIOQn05G!fXxwMp@2LgJWja_T9*hryfCVnZbon^V6%w|f-Yh9|lCQM0)tqUe9L7dUX^b91wzs%PxvRg8eJ1wOB"
    "%{~e}NutNg$)J1g?y0Mrigu*FU~dI?STNUarobWA1<(2y+qCT?Vl_9Rs2e_~s7%mc*K08>J1darpZb4DoJpc3LvgcMKXZQtDV-UW"
    "=u@X>0{duL<u=6!16HputF78i7G!s}XsJ=BTPdto1-3NuE|=6Dw9p98QyyQSg!$+$I^$>;H8;&uj_uaj3+&&#(0cff*3-I&BRZ4#"
    "C5W~+GIlLkVpd@IH#2j#B0>BREZ3#a9bV?T**&q=@h%N=cDWJRe7EyUXDS;%;GjiHtxSY*SBNWD@FHWlL_`|nhjx@~$k_=UER%6l"
    "2llNix&OnhBnz?y_7C-Oz2_Z!+B*NHK^8a$3o@np!-D)Z<8!|#jFoBc6I};Z=Y>26GL){FrR3HT?ij(tnJlT28|UEjA8zBQR>SHR"
    "5o!*%hUiMo1NMlh$&S3SB?5av<b5syb{hzHe4wqm9*dnH;>U=l=i(gtmis`UUr*h%XSx_y_it!y`O6LtYVvC>7n?Zr+{MArA>Wy^"
    "ko#NC3b0#4X3kE~Ggz(X^D2X<ZpM1WFq?=rcQdH$@1*NBH)BYGWNZcZQ(z@`QX#wB!YU!MS48=<xk8&5sGlwMD#Z!yaWWj|#tAug"
    "KG}DWm1WWzE5_U<!ASu2PRKWB1-!}Zk{$1-iO5i`D{z<gSU|z)EGH*EeQ&l<u!Q#Em+aU)?5=hDhxIs<!Bnj7mGJj}9&#1CiZFLk"
    "INXcD6_{+AH<jEoVNC+$yFFk;a*04hqW^vx(fNbp$v*3(%l9{-Xe5B9i+3jlchNeXDW`n8RWmF*>In<m&+;$sW8phzSJAUE0^|3y"
    "Gs|^;Eo?$~eyJznI`);n;M?uDUbI4Rj4q0>m!TM5HFu>kt}-20&;F7bYpq@zE4=k<#RK~(RM?2wGBUo=4<j*o>+B9g$nR`sZm3Y)"
    "N`aZG7yEjx?xFyw?U$7JLW;2r7OnCcE*s><UW~bu0&3yq0N|ImnB5fQFRr=Uf~pLdCYb&h*@uFA4I<fJx=h(u!CT6xB7fOEr7xcN"
    "Gp$E9Tfp3XIUR79-+0uo|N2=mlKU)7DXL4l<SD^7!cGdwicF^}2XgMd0JFQBD&*b^CkHwQUe`Q;?8pwAGPj?Wi8Izwe*pc4pi7b~"
    "*>|rZ79>q}mkK&OUyZr8?p_Onl*zwL$~l?D9t%9VUSmq!&3fqEXMy43KkUl>?#R@V)mf{ScdmZ$AHwAXfrk_cNW|4_Y{zg{R16V0"
    "nQfvkxdPy2o@Hldu=l!_a=-9B_*o@vMkHzbFLCp3qKq#--_p7AV)Y9}oqW!$WhI5AbpCXBzp|CX^L+chF!0~{sw5Jo%)eW%_xT^*"
    "D9ZYOhl@e@HcT?H-hhru6wLNO!wrAQwI@Tlc3*h4+-<?z?m*^t_dqD?+Hx<1yi%MYVeU^<|3wh|7i_wBf3a704rKoWxygpRWT4}~"
    "wsgZdmgJBfN5Rn}`%-vZTuTsx>WwfAlEFhjgYHQ%IGe+61t<4E9{Cb17nk@m#(4CFL_AL~P1YwVKXV6_5H1EA(EKvRPCj(X6+1Eq"
    "vx^JpI~HGDdl^U~+`pk%W?wBx$p&}IgXCAn(>c17>x6-O1i&Z-<~hrQ$xDka><hOuxJkxalX-WJ?(AnP18!zN_>8zWGFuuHiG1fa"
    "O3~|L70)CaFN<oF8~eX7d`L+8tf`Qj9Z0bp74q(@!*xT^%-v5M%E>o|7ucN;<_Ui>5D>P{1^j6`KODffeBp%+BXKaW8&1fJYIgCR"
    "7aSf+w|5E2{@$d%B&jDmC%8XCy=a5;YL^ZN*S5R-4{L5S;l>G>er}jxgpGE=juW_1E_=l97uPVq8D-R6-OUZXlcHtCTBjuDWropB"
    "6sA1QCOw{)yZDz_xLwS|><_&W`L1l0kmR*^c%@ioPtx2S!RodBG7WEGbI3M~YfYKtxSLB~#k$@l5ssG|J&|+_5t+y9Qs!hI@=^O>"
    "z5L-DmS5QGqff-?G5_qV!0{xgf1hlWY^j@z%92{x9T?b4$BRjb;XVo;yN`mA=57j3k_`KIk~YVPv!6*S+>%_lY)3_$Svtq#A|0+t"
    "AuM08d&Y9ONgNz%+wyUT3jp3pB+Nc9@(N2aT-H46qL)E~KM96kNg-Ua4YQGk$1<fy_X7R#$tvL8{TGsP{5;*#F=QXyUg3~|Yk=i|"
    "Qt4NPX0}#J;(lg(dBKoz$|y{FF9#Y%WDkCYqM5w%U2XQ?Y|#@R%lh;Eooufx#bF16ySnN&xRH{|n+2o?T(qGP-5xh|xjOtNnNn`1"
    ";4TVdb5DiUlh>`$h)sx{6_Q0bcUE9lK|<l3EfeGt_NZD&5wVxz+TA=HsmyOS<Ir_hMlgj^--@1K*8~D~tGpF|2F8ay6Zn)jw@<v;"
    "{v%BNdxI;E2bO3*WSoM^9TYg=8P!d@qdBmD!RV`oy~n%4HQ){jcj<`P){?hWU+2~c$gKe8uUj_rTV+43(+IT4)#V)AcevkZ$Q4v<"
    "Zk^zLIQMz>_jhtE&yr5uScWZI@qCdISNA%*xl!TGZPIS-9M(K}%ENeT(MBa1c7s^ti1xTSBj=6<ikFnlcn0NcPSmP=#Z0`gLji<r"
    "KRXn-H9_jQo8QYPpjO<Qz@prHk{fq<iEo<mw=T2rXwG6Foae|^r}w&bt3u!Byb$Ge_=CeH%kBh&n+%+?_KsbmT<L?2m=6G?BBO_-"
    "U13v!mgK=TIfIih7p&Bo8wuR=!Vi70q^oQ!Fz3DkGVq2Knf$??%RASW8ClQdMBawnP2i#<X4C16G#R|^E;m=Yg8{n^BzN%jLp*rq"
    "P2SxhjS4mwcnxbZ1z&HzpBMY<aO7uotAS(?hNSAv9r{Tv_boWiD@#YumpX?m$}{<z*&@#!2~6F2PxynYb`M0trd=L`=YN@m=d_Sy"
    "MZDwLHqH)+i(J8jyCh2{>}^u87I&#|*MWS@(I|efL+}Vg16-0H*smHxjJrogv(P;Nc2BH^JCtxlk|!)aWs@veMJy?Bg8lhmRV*_R"
    "KAZ%?@*G$CnJScDQsNrz%sLwVN>oz7{pFM$_+^2B=J&?ACh_ddMuvA4*S#fID@c4kYP)#eK;pXzfrPz3@On9WTOPVgF&$WaT^GKk"
    "@->i3Hu3f{`2G<2_5{;Qb_M*tn#MZ1(+lwXtPbMu^RY1|74yEbR@9qAbCkSv^d(t;>)KmF@-4WQ9FTzW{m5-gGGO-4U`JeOfz53g"
    "s7VTpqpDp<eS!K(P2KjqU24vdN0JJk<+wom7U9Lxg`(_kc912)8k_wGiZ9P^$@5p;U^eFP_((SAq~B(f4{yWwTarCk<h>6QtHX|I"
    "LsAIi6C8eU_X6<IL3cJf11#_Eg7-dIJ^HLI4!iHg>3jMyS%8reTI+t?^X^dh0FmX49psp0bp=GWTCtv3E46>b_&ZuM0E5$I9TbN+"
    ">nqZ&`eH<*;WHKnOVvn~!}mTX3-8?>=f`Wa;Sq{h6Dk+6<XDnMZS+HrWlkehrr<nLCE+cz+`nN=e@hhHGCxTd4p;DzsiDifb5CO@"
    "B9h-qmYP{TtV<yQwwg8@ZtqDEygRZ06)s!vkn}$^rQ8gl%4$AV_LvtI-j!1h;VwvcqQPI12d_CE7-53LVvgPqDgmU76!eC25JR-H"
    "Crq3`)gBV^!jUn(sU252*03nO@6e`C1bJRKleD=W$+M>|46m^9(0O@St+5el8ljL4w>9a8h2u9UDMfcfY#ZY)X^5A+cPXkJ35m@H"
    "8??_d6aTOgbJBE9YvkBo-JgEjISUVu&<(rC=$xw}hoW!=3jycGj^PP9-2Du?rav^qa`xWust_$NYFubVSczB3jf!+!R5;p38HH3z"
    "N9@IJpHQZfLx2+YMFdT?&2I5YEDXGQkcL=vb@CJc5EZZYykw`CM8%xfC@QlAxpe)7UBJssMR6x>Zf0T#+TA5zfMuL87RxCVGVSJq"
    "yUfHE8a+D%TbEeEvnM4ngks>Bd2u#2;hFLZ0}cLWTvr&OkzaAV4Vk-H7kGv#lg-UY3Y#$slHZ+PD`7Pfpas}tlnYQRbFymP1Ef-g"
    "704(HT^PCF_bi_Smje93gW%fqT!zf`!7_S8Q*`)Cle|mzd(_({(`!-On%n#He0xxH*xgtK5RoGpj@OiX7AQ#H@8Rt_I7^DUSTMNo"
    "<VimF{53PwTsYI@ht^nu>P7OPexIe;WijR^>G2`S@t6<7qbBQdj@!x$9~xlOA8KOUNn=tI^RXXpb`7d@N~U33TL{R8k<ikzUhR;N"
    "SYYb@aBpNGrx!2rA|WpWP>G1oJbm=!HOArVFX6k5VTuf`k8+bIxY#ZpeA!3Q<MJpl%10;@a9P}-_2I_U+=KbBwuG6k-Y!iq`%?%i"
    "WvDt_Xj9J9Lp}=IyTW8FO>sA$?7p3(#4-!dEfJ!U9IwgzB~lbvs8G&&SW`n*VX8gBp^gH<ih}+J1$r}FmSiPHw>;*H+IQ|vPT`v="
    "M9sh7lb6^cVV$&@Y12hYoJ_@Y?i&%2Ddjq5a`EIdQ(8?XK2%Z_TYVo+miYc{PY!03q8!NkI{1W(;n?9#QXGpc&2QC?<A>)sBWuzd"
    ">pys4hWLSZG@y?W@TU~W>kiS6-JO(-tWqNP$zt5Qzlo2Lui5X1WX98U(IC5H50dZL1r#7{2q7&pk+6MDP4(!|(L6f)63db7Id^Ha"
    "gM8%N!h|<g8eM#uVn?L{#>FSC@yx1LF{IKK<3vj!>3219lMy*|fNAWm7@da0Ugn}lR;C?24SBkcp8YQV{QKJ><^&1C<Z>GxU7%}`"
    "K{+Xu?dhf>3>8B~5b5f-!`bM*=Ai|nn5Sn+Le42h3=W1O0)25!g69g;IIbt$JkhJzBtzDGRMi&~0{CQlgcz*xV1@y39@lt*Z^@YZ"
    "bzQ$5AXNGV_X6U6oitOs-Q;C{fJ2oVxh=vC0i==&Oa3E#=@Xsyguf@X#pD#6a#@m%dGuPkq=A=8@*LJS9|T4h!f6s?>Tr5up^Xg9"
    "G-#2f5;AYeyF3n)G|Coa*L^J;bD~BcGA?@{By+g9e}^{#f@H0ZA|^u0{tFuf8&`W}Pe<^@e9WSSy(Q++gdBk2yN925X4>Fxq^sbn"
    "8=Jrbd@C9&xL2?&LgwKjW|B4Xhlfq$TMVSPN#X)53htHaMkY!D*KZjAW<buxjGU@U5Rt3wzyczTJZZQ9BaiD2?FVp?TD;7<wd5PV"
    "vtK*T5Z#*qC3)7^L=I~3fPLgqf+MdyJOo_<hD^63sL07j!lx{)v2LA^yV|HSUgI@a*2Hr|o72z`6nU{64{MSgXWB<COJX9|)m$Cj"
    "h7PLh$X}erw>cU9TpY-r2j!XoOJ)+y$g79|eR%^b6nw=^!a~k82L2(LqJ=Pd1P(d7I9z-rH-SC(!Ehy*`Q!SEM`N!0O>@Ir52nk#"
    "a=J@nPB6VmV7m(?lvH=P#iJyx#gi$P(Aow~aWVzplZbd6Y2x!Bn=oVxA_mVS9KI-X(Iba!!;?pRl{c3YOF3MUm{`Xe&baPfFTA5-"
    "2+2=T$IrA$5AhMQV8V`O&J+p_buOD2LMxd2pUO3S7_$B|(|JiMoTVnAFhWw_;+L4+7v3ENCEQJJ?H_!ge86S6z=2R2*B?$`Z`L@P"
    ">EERWPDG&8z%OPl=H@D}kRbTl#pD|eRixiK%J91~v-QSSt$4BMuw^u605`kEL6zF~LIV08T}E~=e;QJA$K0A3YRxFB8F@GbFys3Z"
    "{|8^~eUS1szVtKcbMGaObB+;0wIyMIQtE2jEx@RR&&duuuvh+Fn%_a=i`gcXFJQk_Q+0tjNDANCROjwo(UJ_lI)8P<?9v6VlT$}b"
    "Rz3WD5mWOq{(DKu3v1tK<g7k&?d<Ui9k6`B)Yzm0z9)EZw_+|#kPsey^KRDKCCBeEn2E!>=st~_DpLGvSS~}(`7JqOTZZqREWd*;"
    "u%+Plx0vu93_|b5^xUz+&^ok~NtR!|k|FCM=kJ(Yzx4w0wS@J_4!qyH?}gKA^u#R1Z|c*f9Et5KCVuFH!?iW1y!d_{aKsSunkUn6"
    "Ti6?glv!LV&W=f5jz>KlZ~_bQn>AS>170sK;35O?anb({-nP~Y(FcOhtW^<eL=Gt>1@yg?QUqgMdwaHI7PL>-iQU69`Hoiyw3I7+"
    "z!Czp5t+Qaqm;N!=FbqkP7|IttKvcS9xCKT;t<h-YtjRs4hl(n{zVIVd|aqOhd&{m0)jU9A`KQGc%;{7NiHwPxp@rQns2ND2U9Tm"
    "iB05xXo|m+E?CyyyM@@9VOje0w3CU5Mj7<Ld5psGy%SbQWRdLH>BgluC#_@)7Dy-`u%3Itgo6k|r)n0|{~AM=+YR}E9hcqYbqUdn"
    "^QvoZGA>21x2H36RcRYJ^HD+t?=l2iOWxLk`4-P#%U%C36R^oD90tU<cP!TLwX_E#@2Eb$G!Q|;7;$+udV=+04E9O#@0Qn|J!8}c"
    "=Zja&0HA_W11CZhj37xhPc4E0FLL0~-?~*kr}tNxXg;g-t~{>UM(KXP<qJNO07k}OD1-Y&5S#}W18{p?JisCWSu+yiTTdsvz;9u_"
    "7CZikBth<tb`LY|jY4a(cQsfrWDLF#en9!ylowHRjE3z7hSS(J!f$t&X@U5i68>rei}B;)<A?3{VfGr%J?m|Y&h$(fIh<BXyJ1;S"
    "Ad>wi+wTwQFMPj}PcFp7`z>i^vB+H?Lz03uHC(&)$^#Z?{}0_32O{ypbh2l64XgE1a}t-h&r3XD5fJ#p1#B6~HrsMBc4Mfh4vg4^"
    "@OxYYz^R5|{LMRSw7KK}Ci^ki&z$cU<#iMA;u(~zGAC*n&aMn4+n(&iF{+g?_#0ASix}W$Miy#32pJc7M?`ocik|J2#=PmgUPVe~"
    "-B``ijLu2t5|fOJ;{PY>U3VhMv9;m<c@g`)w#dwY4Dt~1#UTaxtBaxODkwIajSym&5Mr8PXlOv2dC`>K8o{-U`bNI>JdeG?WD6Ab"
    "ayo2>56jET>mYSb`t&Iwq-9TjEhU%`mSixM%Z@I?%H@)qCYKrLcVUxCDu*LoY*yJgcpo0u(oM{%1h`2*#BxVG%f!*dWgS1U!eLf!"
    "hxwqU5;yBo8j1A4nw5GkD8f+D5IEfkLoz9gnul^MECs?%y-^obKFrwII^=B&S2A2NK?{o7hD&)A<}DUj<00f2GDh>n&@rSk;fNES"
    "qr$I&^Gzx1aTY+GkUn}B`c-CGD)=j7TVVW<?=LjL<uI5zT4jLlQVz3$0}2_l(t1R%ThJ^l7pfn+g?iB@=v=;sp=8M4#5JwBdZlU@"
    ";HHyDWO(mlYwM*F8u2zO@)PM$SZ;)kVxqI*=tQ`cbL6(uEpwG~c#4cT9omNU<(uhlyMi>4!jkHN1y-{?TlyE?P}#Pu<Xd=?+=)sa"
    "mg)D^sDqHlCWR78RxqzreX+>pfOsJ{#AsvzEJWwSAnhSULit}vRubKVXUunPcHp83x4=|uw26wJaY7j~)ELglVx%A9h1?EvtEUPg"
    "zY5GT4mv!f(@SvP(ADpz2v0g0mb2l4s}f3woEGqUzF=d@Sw)J{A}k3k#sxv{#uemM7?fHlrIZ{iu`KN*P5B240|*292>EVJHVOO_"
    "2W3TiH#RDdvjVD$S}$cw^;>EyQY$Z8$WJlu4XA%OqDx|(wX2$!RR|?-2Oq{n@s-@eGBQ_5dDsmrdTR@r#DlIN)X*r!@KYm4$C;E7"
    "gPY@}-Y9h|05wFMrRdtYmi{2vZd5`Pp0cs+a6FM$<KWh~lnP@-NfnFm=8L+A@{_#Gg0dmCBSAPJpbSve(40Wk4Wsj8eY-6q^<4+%"
    "K-J+I2>y=c{J7C9rSrC&E{(Zdy5K4ubiW<S#tLR6-=Ke31ogv=8isHpJd)g0jYD#UqegI73=Kit1M#;FQn64mM=g*NFR7HcNteeo"
    "TY|8VALBV)8cXz&Vv@vXwH$jvoE}bMA&f@9z*(c?D+E3!g|bi~2ceOu%nYeQU~ftz)VKm2cl5~1hT1WvlCt24`~c1)IXVU%9lRRL"
    "y=^`Y3FCqjh%Sre-FLH)zuO$AkKnkN-h*dBnu@xB(){BK3wjW)c&Mb-UMR8ZTIFl#VK`7lP|yR>P7OW!x5V_MvtgFg^5z_oR;LEg"
    "9NZIXSQR1-ZQFfD8qFe7NGm9(gI^#ug13qhy%3Lbu5XJJBYhx@57GTFZq3<!#aIHT7U67%cTR2^HFOsF@kMa;Tm%o#I{M%qs%=&3"
    "=0rnN@UX}v@Gcku-;UYA;bSX<2j>E|OeTzhZpWrn(>xhdHb}VCumZMZsO!%fY_6qzAzN?gJ1Hc|w}UJkyfeyQGqlb1owhS97y@G{"
    "k4C4U3vntRa%vS#Xcd&XGU+B3Qch%QMI-<VSS6b(6-&mJT1YrQvzJ?P_29r+ZlNLgim(&W2-GvEgCj;LJuE^m#Bx@+qlP#$9y(80"
    "g#2d+Ug4Wdrj145(nCy6AJE)!4F|ESN-}M!HyH|{>E{8(wdn9UEYK2iIMABpY{fBiTuN^eRV^V|QBo<A^R3hM8g4e=>zUUbb;s)q"
    "`g^A1?T)hxnmjd(64kkMBu8}eoYAW??j@)eIh0@lE-&Zw-AuLyygds+G!S2&>nBMV(Czags7W$tLvkm-&r7;(&Y4D*7@Rm0>o$;f"
    "&FS2k%9D&Rz2UuP!;2nlpcX4wdrNKuu@&E=WESQlfE6)UgVo6sW~2Gu(7%*^fs9fk|4%t0`UJ`-GE&qd^~7*ij>1bEXU1yX_gf?g"
    "&oz*uV-i_oXfx#Fu<zl{j?a1MTPbuh2gOw^to1@Ga<YLBnwFZKGX*@EG~klLS+ea=@H|cDEL8W*>ME#xvc5t$l@`Heg9UXNB1^h_"
    "hMKqPDMi@h*k5rV=s~1bj4IQNRXhhmkF;fGiL*7J_HYt_NC{j`kLn;(6?9FhoQg{YxWLBIQ+lYKKDy(lbex9`RRR>F#03>O(eIpV"
    "+&SR+dQ3;pB*E!{8|s+sDM~7Y7&+%nJ`00Ixdf0xjlLDas9d5@Pv!k1^i$O#IrT*6;$q@bo{88d8Y=Pws)!Nb(p%jv@x=ym0!*(t"
    "kttDQPr9a~a;o$&<W3GLjeM@>tv&@OIL={c7-Ez*u-1@sBO|_rq|1skOBdQq0vEE`fcw&BLllaI;0HDvWyr!iU6uo}2Yb%+A-rs5"
    "4hc^;x({Wn+a$JXaOugsAOxFDh$_z*2_MU=H0IdEl`m52u<tay&Vm>5VL?CRBS_CdvzANG7G@@2<<yb|Lq2*Zr`K}#P96m7n_@2N"
    "wZVpjTNLo6m1iMRftSJ!S;qxJYcmc64R#=w-OT0UoC=t5ZjRz`|6|Fsax+Y}8Mtru0|+U0!W>?zGsPBdNUG)ceqIo<kne{N0RvB2"
    "yU+~_ItR!RskN%fWNL6d$#+X~pc}Gjnlh*ZQxjML%-!O(l78K(4=jJ{@Y;i$UU^%eks55+BhU^m`0{M2`G+l=-B=Q5Qvw`|SS2qO"
    "I)61KDK`svFtm^k+iQxszyrHB0Wdlg>e=c{Y_X*-ks7cuYB_1oq*;vCR2gcmD7?|&D9>Vf2xkHn(GY>CG*XO$L<TX!EZkh^jeHiy"
    "3cMdK!b(Q$2P6r|{A+M#Wn&;B+3?uO)kC6O>5GsMUYOw+kKUxsmn9?20Mk(@1NXeFq}K7=B2)=#K>Bm`(apMrqT7)dTes?KrM?7a"
    "&WIowxDBk!F=Go!XXUfP7}jJWSft@Phd*}0#1CzbI}7ls(E{`^2a^ts?FoM%vUkpKCDhS|hLgNS2-2TnK%XtBPZnR}EYF73ok|A#"
    "nF+X`rUEvxayOLpAr!1xNym#(DpqR+bwE6z&Co?%sqdw7bxGxF?KALkt)7BngqqVe1T3Nfrx$B`8H$h%Lt)jWq-vX`6hkZoFSc10"
    "yvIU>GjVDCz^(*YhoIAOm73OY1rDS5bWBdU82&OUf<y0&D%8@p1~{*%5eq#b!f@^motq_rO%(&v(@d{a8Yo_RRELlf6s)-{Tl$(q"
    ">QW*%EyZ{#$7T<1|FA;2K_BlpY!juma#o*{K~H}R3u#@`<^4juRNRM%ec0wD4oy_SmgY5a24)cF4iP6+A?2JMCnJU}%d;$0w<etf"
    "l}0+KH%wj2={>#NM`!n&<hp`bBW{2)wv@05@WP2|*d%XTigj?3qQRx+8Av>BT`jj<SVjR}Xd&Lwmh|&(M>w9b;qjhjlvUv9S*)Ui"
    "`=Q+2tDL%44K)m{(xpAe60BDK&NaqgI9cJ|o+q1@o@F!XX3rRI=D2?YvH>Md=k^P^v|mt04@)bQfzupRmtmKGKwYIw8J1Mr=J5gQ"
    "+hmNjJetl*X>2necoKZG2!dHq-Bu2m@}dGa9*yqAq`s{x3SB}_ftvwaM0&8LY^{DI`3v{4BpNU->IP7?Oqdn=7^-$7v`x35&wE}%"
    "TPU`Ai=#d?y{+7CC^7|x7tmY_3u0-BKH8I5mKRwa?FkyNNzI6k2Ii&s%_6ww>_CIx=2Y`EZ~=2nn7Q48dx-^;9Q-Eeevc?nL=|zh"
    "0=!wJ=n}8P)Z;}=2bRr1R{IQsqTC8F+T3u1k?Jc1$Qgic;g2xTX(1QeOseBNkWqU)qxLvzk@h%>hzjJ4>81p#;@Dp-+$4lGw3Mk^"
    "rt0_xPbNfGP$I{$ExBPJTx@1RoxD}f1s|=}p2e2*IFI8Nveo*%9;x=a2yKM)fi%n+f=?D$JGk>A{#)kaQP`{+)ePvo9x5oz7PZb<"
    "G6i*U<*1Dvjo`2KP({`7{D@y`u~_8w9(G&=v|@entjm;!W+kb7t{-sSj&I4a5|E?iiJZ#j`lw=9hlu1(mvBV{&X`4lu;sECOCWYx"
    "Y!;AIkS;oP(%E5D@}|NS(s*et20<D0(KD)}ql=4rQ(!G6H0Yww^!2#BYs#RBPQ~<!P}Awxj_<d8aJg8>%^VW6YWfn?$r9I$QbxxE"
    "69;>SG|^|dG|(&Qne!%V+0BUMR@kx7;VZ~R*s~(NvEm^Zu)TpW-vF{+<zoG>Ky0jXIJ!kxQ=4#A47u)B5X7=)O%c=;3Dp%9OjhEN"
    "tU6pN;Z36%P*6AP>|r(k2hDbFcD7ontDaFSJu9}MgpNxW1oY}X9Cs`Dt+vC*BtuYBja?d^LnE)4H+a{BRVVsu&FIaSVOQ~mhI>>t"
    "j4GwWpi(-d!EDI1WK?9QrA>r53L{)h6gE_T2lhb7y$O+p0$fFB5X2WqL6Qt!SP9!nWQ714#)jt>stTHj_?4=22w`UmoAm@ox{Ufo"
    "{GqI73TweY!-_OkQVreuiWQA<^^ygB5DP0Q*24!o73`%0KbEwUg<S)Ednup?e4LH9@)(h7@|Zf?P{~(dR4y!4W@CulWn*#8EVRjp"
    "&w`acYTQE-8!v3+%)Swdg_JWJy-|>Evj{oqS(H-F<eR02=Kg4+P(8JoHQ8)ZQkj3mVaAeODFPlk_4v_<P3nJdQkw)Jtt3E~pMx4?"
    "EfL|Q+A1-*4BqO-3e<84RZG>sraHf*84y`Y-yB;1umoZe>NL+rQbwPRbEpo_a!9`++^hxHDwlSIGAQ@Z9K&oA{^4hnoLc$(u$fE@"
    "(UhKG%|lqyWjHT4GPVt(v{3h_9V9CG6K-WIDucL}O6WEfu%Xd*03MLs!cTLJ3$Wpg$(qeZIyBV!*XYdiVw;No3-$b*1|TS)Lrs56"
    "MZJ&<RdFDUm{B`fM)?<%0N!vNwf+%OBb=)KRK=%%_?oKzHs_@3Po)+hMCegKr5}%N>ho(&K#d>47M1nqlvad_D5nL8;)dG$;Lso&"
    "<ZRJgv96I~7z_&in`%9*>}CwD|EaJKu~sOT7UQ7s&tbsjDzfFgpQqBPJ!ctMCmF9Ln5(4jf0*97qRMb@HZE3(fD#+Pd@8K+WmE^n"
    "em$X@Kb8GePOWPU8z}1S=UaHK&KE)BUj_qgZSZ5YDM3qOz>Zu}wLgPpAJC>l&NCe9Igx6zxh?3}kI?yNMoJJe0(q3o@Ew&0rPPm{"
    "wmY+fc%rVU%FiBzxW3?0i#Ob#a52rGwLju}){nGj&?*;*oejL#=6cea9rlEpD*oL75}>e!Nv1HX5`qDTr(h<i4j>tu0;{Oe&Cv75"
    ")0SLE{`?@LZFgj43m~!|6#u2~Uj{<}M5D{FLYG3DOW9DMSGgHN+Pi?=8x*|M42DfcOWnrdAzNwMuh@O7ob$zY#(azB0PH7wQkNc^"
    "(F9)Mi3V+|!#n`(02l(C!w!IS{2|SZfC6fW$g)7OT}WAft5b$q&bNUv5wHpjF02FOV60nYLSq5&HV;n<z)nNm;Lu_KEe+rh#dmA;"
    "FT!rd*P2`zg5D^MzsOiXj=r$4pydHu!+1jV3>E|y1#s{%hfS_wUZ59pssSQway#_FgaB75Y$dE@Sb$GWS+MP?iVu&KGa4CKu`FJ7"
    "b-}Cv%VWpnFkOdmn}!7Pm6EBiUyM3h7~rHI7GR??gw$pY%L6z|!uY_1T~o|uWW^%1Y$@vlv`SFQEI}zQZLmW?>jNYRX@H;zh6i$m"
    "6`!z7hzJj7!y+0Vz!%W`08WuZ$oXPj3`>p;9cx;zmRw2}a56!5VT8UdVe^Z*XY5x<jTOkwo~PLWh-6{W45=goGXWzRH=wP9de|vz"
    "&DU|)ivY)Bz)RUU*v>iWY0iMQ4H_9W;F#66Vo8+Id;#W*E*W8~Afx?)iHskVHhM~?<%4b;wg^~HC&`Op2fQ$(>4~nUsf;cdD8L)t"
    "N;>&NY3mPjs@xChWE*Z~a79y4!+r#B;~>`1DI+-Is%aNsB(L6<O3pH_ax$6%*sw2|Sy*JsPyp2-+@`1UY)jd;I@&|ns0-Oc;PM-h"
    "C}4J2L{N&9ieME%HW1X1`LJk$O$6CUC?QBIV+hy_EYfYLOo&mkNw9pQ6e?R|JFL-+1x$w1RszmTw3fi18#R?!&w`Fng+7q!1X@NQ"
    ";>JCdazQ*xzqcG{i*zemPB5Ak;jpAZ2HTz3CMw3@DjcHf1Nys?0fxF#TWl?;M{E;iK}+I(+EWPD6lhC<h7K}uK4Cq90a$Lbo`4%j"
    "m`$Kfg+LO+ibCj-CG8~y9vh^7@Nv+DMOWHx&Mu`n1!T`>8ZJ20t7%XHy6o6)i!vBdKtNe_*iz6Z!H&Wfa${YM@+Ajyl8rd7@UO-1"
    "oRGvqScMFrD{)GocK!rpv#r?;J~x#`<xg_XxCxE-A>5D^h6TH10yH&Ygs$b`Bn?o<ahr5Y7)=;y`-2Dqtp|wku^<eB$h%Ro$#oM%"
    "k0r!0q85{#S9lVIxdz^{jcE1(rUQ5?q9=Ido6)=mXdWc8vROBTApw4UNekAa68jedoahL%|4ULhBT(eXtD}sCG?D=SPx#=n7_tcH"
    "P}-AyLi{=^LsuJWqe+Gt6liGXA!ltfPEp7W$*Myz<S^7!F9RJgg3cI(0&oUf%C-aS)-$gW4zTesp+N`EwK8})!L4a0YYv;5d^WjA"
    "%UNWL^ta4Auu0HRZe`!0;0I8cwWgg14my}fDxcOGxE;@E<pIbZr$MfLc&U)J2Tf(kh0SE&p(th8VT)n6#ow2-?$G25S$W`Ur{fzo"
    "qhsChS2Qxrj&fE73#Q=*hD(}vfUFecSI|VrfZ@p~jflYK49z~s*sn!OE?gQ)mE8w?EKNPYz5^dCeR)UC_EAR!LJ}R&7HvK7gf*ge"
    "Cf@HzpW}X+%e8}}J-{N@M;&DiXcMBK6^NQ$13RtAMSB_@NLCt#$eBny105C!T#tE#ALn96gqv!Fv>Xl74?H@Kt*JAtQP_Tft0EeI"
    "SQ4fQ0NQ?F#xZ}z4bhmkAjsbs+p2G1p@EmKFa*Iy*ul{@DcHzs^s>&kW1PVN;<};^1|!BY6ahseM9Kv%KF~)N!lGq0bKMzIk+7kS"
    "2#B#Vr6M5-GZICEpr%ZnMIfylj7cD%m>CR4WE(OZF)Y<M@Y5R^mjEGY;YOjNn@w7>1m^)PUPO!xWx_m`R<d+l<}qwDb!Wo^?-(3N"
    "b#yDQRbw()7}m0S(ecG4hiR#gT$Z7~RuGo3^`f&S7LF`P&``>_hz2Y)xYP*7Yeis5j4_Gf6djr%O<UlVg;4XjFlwuj#fsLAQ)Iz7"
    "#fa7^D11Gp^+^`i@K!pQsbGpW)N#SPrg4x&f`N*L$##C&<O?8d$H0`#UIzVcn50m`ywF&dK}>xNY6_N2N~){F1Vs(QqT{k55*cHY"
    ";|m@86dKe_mswuulJa~5@2hA)hhrFmR`w|Hg!6=qRw-CPhpwkR3g{@+Fh!B^DatsP9!^aw6xI^jps*I${HJXLvWf8X7MDvfK2g);"
    "M9zRmHX5D?_9n)J3n7G@)zmO9fs-#nav~7XK_!PKYrzyUg>j*V9SOb!(A_zu4v=1P8pArnLM0dxzsa&81<QnvoGF;5P%{>w24Qw$"
    "q*ax}UN3DpM5R^qAmm;UDH}yLGOlNf@Hl9pkr6n~Y^jV*HDm#0XXe}Fh$B*GdULa*5sWQ%_F_h?mCG3(^4WQR#gsbq#-iqa1j%&R"
    "o><`Uh5{%@0ivf;wl);d<^dMnz%{5k+FEb6>RntnsAL|35mLU{BHJ{AvDhXL*TQmx7CN?RD*_%dKn}sh0#--P^#uMJ$Eqf^M@c{k"
    "(SUf%A<_lbheaqW1q1|RAB~Ki(AW*bj)7!jatOijr43wrGt#Lyn@!3j11HUBcB9hAL*`(@5a$=lj&5bLv!MzqB5j&0#t8|?i-tW~"
    "5+e}y;f%NQ$%ZOwDfkQb%LJDYTC)tecAUWi2QY>G-fhTE3#@I}`N`(`2t0_KmpO{a+z8kYz^gLFfwsd0M^VddJ!aiDx#|{#WwK2}"
    "9orcXP4Hw-BO%)&<>1GjXgS}`N1amOS_3&qddXQm>e+^x4l`6VGDtV|GlfO?fkO83RnN+zeUk0qzXdkGf%q&Wy-BC_wAMkv##-*`"
    "Wz_@6HF~S3UwPUR8Dmtqgy^rHUhA0&iiZSoA0$&E8<hQnO_5TL>T41g8{&D=sK|uIMam5Z6`!OnHi#8AxZ}!cJuBI!eUNM=!zMUz"
    "qdYJ&*gDJrT8_wNg#z+riYUKqi6B-Ndb5V->A4)&%WpmTdmDKx@AdR@U%=qk22AV0m%2Ks2&V;E6`{ouQNtTNaMLTj+|e_)EjAh("
    "X?W6*4|;_7DzfI`kDgd<1NSm8HNtxg*c#y_+6EjxA=`{!Eqfz)ic@Ccwycc6-@Kh6(1vn@{Ax<0ZNQE)?TFy`1M?zmG)Q-u58-FS"
    "X2_;&h6H0FunaPieGnQ1*_6=_NX*en2(5l(G69llW^L$@v!NT14UuAYKxYq7o@qnZ<}?$6835r}_7fcC@ZAoZ#74)9Knn^EQU{Sy"
    "1e>%5V&w8hr`;KD<7FeHB@=5ilbKCK#P{dtZf3j&-pqKDXaPtTI+EXHFrj4-&PrGY88PHt08E0Q4Hj<D5D0!p2%`(M5Q2Mc-koe@"
    "v<t%9+)c`!u+N}qsS1`kLDC91x{PTR1V<*)p;isXcawhI>{*Ou7K99ai)?~2gozNkqzBs_0W5vwVcRz(#9rB?0|2z1C;%SlkxH_P"
    "213BoK&Z|s)OKkH!wEfWz#Vx*m-9n{rFwd^Wb;ef*`XVHJS)({FynyHwQ!4{N>&d{>*_@fvCM%WJMOBtO8K47<afT1A9`#&AR;Rn"
    "24T0z?>rNhxx#Ik1VLPPOPes}Ngwny3!;mxO^T?~hzNC$H>svV(<9wjrbz4{Qz(LFcl7m#`>SkGAl!y$RC%K3cXoxI3vg;S;no)~"
    "Lu`Cg7?gY=x}T?q`C$8ZLh>982>62^QPN<N^OB4*703ePQ-C>N<t&~c?NTBF5}RTmlcFN0Zc@na`h;dFY)71wTk!KfGc3^3b-YdA"
    "3E0Ufv0M;o$uGQh`b2t>HNCv^rvg_M1@G2GW6G)te%Zt&h&;Mm5R98l5bY?{SJ2FX6=o4FY&v<L52ytp3npasKygIYMj$^AY(ZNN"
    "n7dGvXyx4<9<pic1Unx5zhuf;mGbotvWmXmX)C4ERT*ucu%Ja&(Y{9(EuX0B1+P2l2)?Lg?xb)x@bm&tW$R)Q4jXU;-|`n|vt}zq"
    "gyEp%ynq7~i{v~y$|bzaplENGQ}~Q|Xfl!JPiod!3}tPk;DW;(!>tco!>g=dAWvpcXbxo=zO3A~2i&O1_Q|MLolSsYP=xN_VJ1d?"
    ";kjkYFMJu?!pkNKR+}8dGeaxxwp_$#atO~NWWxtGQS|1LTTEfQ3pNYvzq}}+`4f&qO$Ii7!m~v18H<JtFKTcy%}6k8rop0q34icR"
    "*n+@~t@<shL2mJ4Zj{MQ{2T%EG;;zi;<z!gV1?_Ct$eGqA4(XnwdtvwXQY?9aNL5F-BuYK!t-#k1$VOW1aCidc6PwCM2%gsvd1jE"
    "Na}k_8^0XGBMTZsgT1s{kK1e=sAe?HlGE2a=dOLV`0_A3U-N~{63?w%zTWBbUF@-0AR_7WeM>f6Ci3w<W^yI-EuhX361l>h3vHuh"
    "4Y}Cz4@rYAY7Wn2yjma2kc)CJwQ<a{?a<B@y}f6;5|S0%!2ZAyk^AwC3S_X^f@uryNhMRY#m{KP5@qFdCr?&UP5Us!8M7Q8j#B_F"
    "!O+vZ%)_)brvQx{;+d~x7lxezj7azGLz#A=<UQTV^Qkvw7={kyV?w3cc|{f2H{9=mor3fD6@A8sltvb2dS~${WgAJ`>S(SLc!VDj"
    "JIu;0bq24bW{^ygJHi=Rkgyd)yE0r0aw?C+j@p;-o60A@xZ^`)AY94QXbkpKB30Oy5vH7h<qShHGypS_;TKWH5H_HV7`AneS%=v$"
    "r*U(JWFo^tOids0v=Jj~DcpSL8U2{T9t=yLV@I_>{b><;2G`CEGcl7a_=%?}7@RKWh)hZvYFUWVg@7UX&$JRF@9_k>CTD7utMTxj"
    "#DrR%3}K0eMqug<7F=VH<~&ExXbg=-!ZbGP$NhUl(=t$q4DRI_g1adv^Yk%4r!*EtFjQbeOD8ZSW9xG!V>2>3L-r~R%(VP{n_N5y"
    "uCTXq@VF4r#)qvFYAnt3A{dpC9UYu+Yq^hy@fXNg($V`u24id&r+FE*MOWQWu#{{0dXu<ko;U1sBVg2mhE{AK72h(M9@TN%#vm_Q"
    "Ra=Kbw^`P<oOaN#3=GNWBW!!m=qw(y10jWC<^?G$!?YZmLI=?~dY-mwf@TO!%-|ynnl}mOF`1g7O_`Sb&3PHFMC32Nl%*K{0JLdO"
    "L^Z4>zo?v%riAqv+G}Aaz$7^5yPdxqnU86S@8~(62559dp$B<|W5_haxDn0FG?@(71a=|BWn{Og1p6OmW9GCOg9mPO<{f?{0ZJ_y"
    "0KEN})7}S6zR2CZks;`(PDJb+Lc28gq6<oRlkbA{m)T$;IW<Jaoal>e3szeo#6xQ@FprYy8cfz+=p25T1?TW9ns{MFkOsrlT~I%7"
    "kq;>~8tlH5(cVi&doPs1SwLJW8hBw2T798&<3%n>RrnF$f?sewE;uf<>SCyA5hTm7rrDCRprd!zVnio@(zOIkyb#APaI)kNt)7M2"
    "QYQ9X7;uwZ$b!p|w8Eler5*Kx;KzL=Kkjtsyy&odm%~v`>ZKg!V=f!`bC)F%-iq@lsl~yOJB=s6k$Z6Cp1~)(n{?r6r<7qA8ge0i"
    "w+MN5<wh{hTf$pA?XYYFOHkzo<z6ksjXCme%1#RpAvTX$Fjo~UxDZ8`#0l1GGt5R>X#vRV1o~}fIpHh_iv{+zRhT@y(ZcM312r{X"
    "{@P)&CE97J<(8e{7;nQ^3ton878-Z4lPz#b84wK|!Vv|*S_@w&I+<XZ(dvrPq}zaWn@oT0D7+zh;yDYKUZiBOn0QpdHV29Rl5Rc_"
    "bo^{`vtdjHGr3%HrIgzwb4v2S;C?uhxsWW}p;j5OI1ULNe;%`YEA4e9ZKoi4litGNBoltm$t;88cj80XRDsnpT2yHjna~VICc6U="
    "9-zZ_=x*}O#YhR{$yl(#D~^hCJfq<E9sOESx{VfJaM90qsIUcjybYOgsX2vV(NjUrme!QusW=#w1ia+LoqpSSsDLAP^+8*xZ=`il"
    "WnHL>yzdHrhYLn%V+El$h>FKC8ciAVNn*Ro1HEGrI#icacWo9GxbE`l&OXc+oVeiLlM6)iE0~2+$AqO7N*lqx3NIaCUZq>e7)yXP"
    "zbncN1V8Swtx{x4k(W}7bgWy;sp4+eFrg_kI(MgxQpL;AN_T!$k#nP|icQ_J<Kj(&j2(?RW<*03ui-N}ZHNDLu=(c*Co+X1^C-$%"
    ">U>faFljBn?y`WADYp?Scy=<T5}MV>APsbLXtjk>B0SD!!IQfpR9CfL80KB{&pt<l;wRMtsU^O!RM(gIa9TDA<40HQ8C|jKN)1L&"
    "h)S!H^M)EK^uNwAq=+Q#t5jXIej@WG4bH?Aot)8z34Ewme1-N(3^8Z&r=HQa3FyBn*doc~Ib9yowXMOfiRJ+8dh<;h>xni@7-@Jc"
    "pb3-hV8Vo6Ei3FU@~lqVD^$p#84_xn(xl0_ltXpdP7w<ZmP~S4C(&U+e$-1DG70|F1D2@ECYUd2+1zl@mREH8KF6`MB4V=VoOhz&"
    "t7{-|4?d$~^jaoKV3~xQV%3ScOWPzgNwNTc8?xdpO_enCi%zQ8!ZCiLc;5e~0mNMg+75ymE1Z-uo~3+8QvhoW6Csp!8`Ki!u0>eL"
    "eLCDqX9WRHY3kG11LhcT_l1D_3vO+ZcOm!ai;2vXRFWC3fyjbW^%X+&S)FMCKv|B<4f1HgmI=fIXxwCzbvHVK!L|u|%_77kU~H{2"
    "T0Lnsv1#RG#ZZFA7LkYYp|0>OlF#Uwe8^j-TH8J*oeYnRDCG_FC_@I4>6b%xMLGs71NYAI#E#v&rmO%XxLm{Q8$_}e;)u#fxv2!%"
    "z@}Svb}($K6f~s*$!S<r0icV`T6d~&!(ONnGjXP%Fvy<aRViVr{X)xqsW*AIZ9y)d<`p*`I8evhuJd5qBgZsl$uxR{2xJ6klVzjU"
    "FU@AA${Vu3V3KC0zHNy92b4#kF_v&|UgwgfsdEVp*TIW?%e|D|)H#PhO{r+ng^&ks_*v2fwFZC`4mMjhHH#qYNy8Z$XP{o$CK<~%"
    "2@Q>uoJU|omvW0fmK6}>vE5y!K#XPtNI{tzvX_}mfRuEZj>1cBrMS!CBr9cDg!v?31|x=xELZ@+3mvV8fWcpb*r`da)Hc>*2D13U"
    "A%w{!nEl}HT6Z$!F)ZPGoERChcF?!ZMo`QffDA&84O!aQ<byZ7b}m6Bbc;^QA8Z*+fn+r2L6d(C=#deNoxz$?7EFQA1PJF+lTjSd"
    "0;tcybvhyF^=EXX4j0+kLTk2>r6L(_ZK4x9i;#;ib4B!`9&&G&GRTpwN_iM(Q*xbf8XC^X$0`GKhRjM(Z8;Y!waLStOrsKGnUs+E"
    "34UJA`7JXN`J7fHRM9+`dXRDp1z_aXyyMS{R+V8-8Ou;aLAw#OuiMBh0=0-5o5Uo!8)EzhYH75MFyUS-hiv%90*7asLI?s2vXX#T"
    "<fnW=yS%WJ5R*%~nx>&?=C5-WR2Q;{Aj<^Os)J<$Xz!1BQ__^1d~RhjLO>G)WTRU|Q<UDwX$XLf99kKm_i-Nnuu{}B<s#S?U??0-"
    "qXKeCp0fy8n?fidpr)j{GBPaH$Q21`>)Rzcx=lBv6^w2uv*d6CPFo1w5RQ}S{+o^Jv=KL0K24{SU(@k^v+2Z0wUA8krrXM;zdqZL"
    "Hu{{Y%u-2zq@ha|HbBQ23+qDpc#5IZaA}{zM>udHRNBFQZaVp2?}D|2j%N~Tp@V>@YxI`N>97|MRrCpdgt8}p<`JJ3`&zi}TtO$D"
    "^854v4!tAV6rcle&P_>jv>AvcI0FZjNR@SJs^?Nv-{O<^S5SuLB!`78DY<WJTd)Yf$qvla;b?iHwI{HT1>CY*SeI%LLQ^;=77beL"
    "P(K%;+tO<__0`ozT!hqva5{skI*X?UKCZYJ!nZbs_%ms#vmC0bZ%c1E--gWrTM_`Es*YewTIV$O65NHa22>##OM^X^mb&;+P@lr0"
    "X-o1jT3)<DvxIM#wCoqQ7w9Bm_kjTA49}oLP9f)@X<n;qAgW0{^;+)5>skfWRB-1#4IG6dsjIjb&^<U6&4=9LTHZ`%^Z+i51*LQ@"
    "F^iChY$@VKSK&&fws+R(`|3<AT6z$tn{W;-ZTKM&3m+;oWpExor!KlQ(IGsHh&U0!hd6c47sSByAznrubh;4l78~*vuGT=&pbc8*"
    "&^f0ff8DV^x}o~KlU_b#W2Ad-K~+%Q94XLbvZv(E+92oMN=;`r=qNtc&7rI@0Qn1@Z#E9v;B>Rq)!|ke9>VAnd=qi2en9bYx&?>Y"
    "cehdFw6UaVa|=kr&<ce#t#u0t6>dCoDN@f=8&$XM$R$;5>&0aju9T>Q4VB)El7h>Od>rt#`1z3O!JLB+a8B|iREF?`Iyd>yOWuo0"
    "FT18%w%*LOCxcs2P}zFcF}Ljm7<1@kgDHmyCo;r_>Zp`W58!OMZBCi;*AkCkLNW`}k50i?^ah^E8@N6iqEgh%rjBwRhJxO|rIF1J"
    "C^F1k3tFi=2RTN_EEP-`*F5ws>3t36_VG{+1<6<{WoPmaUgPR%Ngd=Rq%o;H4G9b=Weei+qHAz^AJ+x;vXGWIQP+}OF6mVRc`i#e"
    "35Q5%w9cqs%@#nk9D*FA8TmbM>CFj%)9RSI)+o7Kb`+$r^Oc>nEP(XZV4EWR+qq;<wxRZJAh!P+I@u(mR<sl{SmiboSGg{WSG4pW"
    "U3_PQ6{hyM{EyMf&JzD88;*-9wMmDDgrOTa<}O2>S4*AZr)gU*r_?{)vd6TXK*bSW3;E*0{u=01cC#tnBu~fGrCm&O25rG)JBBZ_"
    "mJWuY9|%KT^u7yWD`@|5`wHrRa?3lXvtF9y9Axbbm9#jgptu%Iu(>gW3i4_PN@&9=b>1e_6&n>)cVm-=Hi|9P-!`S-wuu}Q>b^~J"
    "T}3ar)NF!SFW<1QTp%!<JVj`$P+oEA6W1!W)9Dm;k%B8+1UZ2@bJpdQx^7D;u+>v(u1(<Rc1BOTt4wWM89}B<haexzoh?eqNpTLb"
    "ETFvBqDi^UGv-^(%MpS$n?mnwX9`8LF<sbhv}klOEfzb$(JfTWXjLVsm_a{mN%b(4Im;&HaHpkjTH8LXkuxcN&5Wvrn$#?BrqCgq"
    ";(KSs3Qe5Z7cL2xP=mCv8$*)}RU7SRkFmV*mg7a)+3)3q?td+^H7yzFeJiKlX{c4kU+oBsX9=SVbcJh=Ziw+i+xSLDH8M607_O!A"
    "7&XTXKTWAM1{y}LaRs;dIj>skk8x%WYYb66!=ONG49{koFX`=8)1U?-XJj?za|cdv^;z9;q4ry&T4|SYl6B)LA?#1XZUd8|+XBKz"
    "WU7zqX5(^-fO)7}*e#||N~<x$I-BG6TtaoRqcyAH&Ul8Bc2xI{7Ua;TjP)cGuj-ZxQ%kBSjiF-1k+Z$thSQ#l0sSG+@Bp4uXn^E1"
    "x%I>~9aWWJmY%9hC><P!8p<m01cH|um?deTq%@UQ5{{2jMxqu`Mu|omEf`RB&?rDe=7m&`CTOdCy;^7s4o`T0w*YPnEu2F^WiqEK"
    "#ssD^shk9SV~;Vjl7>P!$E>oj;+rM)j-kP156~<~tY`eK=A*0Z3HlS?IO)c6J=?VlwsNUwG2^#|Ogk)cr_qP(v?#5h=HQ6NQ|V21"
    "lFz8|G(rE`bV1EUJvAILq92@v6r9k}1)SkoU~AYWxrMBTSL!2M26h6b<_v0UIh#hUhNK&ZkTchUn(j(1WtmO6yhhlUM@ySHqh-xD"
    "7)FqWh9R{n6j8ur8VD7RslPmimmTS*AVB9$8G%JwdKa}8BZReU3#Uk&0?$DYWQv6+H4l0S9qvHef(01<v5p?t)`C;u3XztJ#Yp;b"
    "7QA*se_=}X2J9<vt~sU?&ZQ0bU~D+aG8%4yBFL<paO#a0Mi4=Nfxb3(fac_D6M+pST3d!pHnqkGSYbKAhn8DZS=i#Nw-tyfI7YwY"
    "w<#4E$|-fZp&OA=LjtaQ#`4oVrl(O}{4vKI>}y7B(v8bSsJ~*VY;IZE3S(Mnr$vM?9Lor7r{Whl0b_{qwV<VL#RSh8i^b&QcdCSD"
    "2V+%2;Ss(;@k6T_FfO}|i~*;#A)s=_?_3!bg+QsRl3FFT;ry09M5lN_4uFxRO-u`*TT|P2Lxp3=xktZX*eflvvX<0MNalCcoXTTZ"
    "bA#(qn@LbaF|x@D?J$yEm|TWYk+0#;+z-afa*G49B<dgUz}ag%usMs3$^zWA(pBgb!~j$^D)<7OXST;f=>k4JVa`U17j)9O!l=VH"
    "=Y&CJ6Aa#M;UjYk5A29GS9vF3;SL;(w%QgXG#@13k!?GlDx4a2&MBWxd;JhhFO`5{qtN-Zg>3m00^M6145poA$rtQkI-^__dGI>P"
    "2qnQG0bbGp<XDD|HlV;_U%QcG1KKD^El4ukCLjDguF4HbW6SX)-oaH4rLF;NmGwBtSX*F3Eaa<OXad6nBi$rI%(!fa6tD(T-zZsS"
    "O|lOx;Hd<f>ECcFL1q55vjWWmDdVkNz6Dzf^pZG}&@O!TiR-vIgWDp6`Bn>&S_mDNGx0SxOT7cy1ah%pz)>=`qd&d8qRcBKTQ`Gv"
    "D{^;p$eeN*EPx>D3<)!K)+AdD`Q##;z~d*L6?8TyxD{OtCi!rRxi`tTrVtgi4YI_uo%6>j1yb`FYRTucH~=x$5uOW*vd)lwHQgCZ"
    "Xg}J978@F;xJ8;`iJu^hHUJ*7g=c}4JhOR;6*d9YVGpu>EYdPZ2Q^ZJBd*N}$jixG(Vf*`vcTsoY_-_gdcrk7DMgK7uiP47tF*@$"
    "be{z?ybkIM1%QoAc#F$+QciQcFe80qp`P6kQni?f6X@=v8{shp^J&8S(+O4hC-84#(*ltxMQ(B1KMJz92o`D;D5|nTq-oJ;*rn$C"
    "vR@13@}-*7v94|dkBSZL8n(%n$H1^RHvb7kG0_xyP;3!`E}PJaosEE4W)@&{-~<j?7W}2e>0nZe<6<FxAsK1G3L|3;WR7mA*LGHD"
    "1n?PQP<!a_j_n}XHR<M%Eyke`LCbDl0yi4nptp9$Tp5#{O$j&e%=x5uyy>7A@1Wa@$-;Ij+bSt}Y)3yy{L<OsMm`<M(O|}Knl(XM"
    "mS9tb-$7>BwjBKYQMgr-@da#IAPa<7^TAd&w3Cemq*=Ez?v7j8l&0}4M60(l7_l8mK(&TM>O8Bb2q~Cq3&frjXhn~00e?X{b;q*g"
    "V-hwNqBtC7Kx}N~wi4{E9KE&$%{x578@2tI9km6Se|uIK-L1UgJ<JvaBkj2wvq+i{+p+<k;yK>I6Z3t`s0c$YkWs`4Y#EKkNwQU}"
    "Z1ru;bCKy=6z7FRt7V#II<8H@E5#EsR~C*Y3;Z}HFy?7$YIMlLp4K^dc6@u9;fHB!#M~5Co(iVUY&!2CEbRDW0Y7aDr||f7F8a<Q"
    "tYc9C?OIsocw(%kuohJCS6Wb*(hQIyQ$A<N3v&tx_yT2fE!=^b6^p>;4~ngc&!@PHMe7^H!R*~cNXdw4hF#5`E5yNm8d<o?w)oyE"
    "XSpkp%hPclS`Q7}!PLf=JH4GEDto|R1l|HCaEh5aML=7o7S8bitvUr_M7~+p*}JUJCc_XZaIlS_;W9JIb&SUxKNStSWM&wyL%HP?"
    "<1vH#XnPvMnp#`RCG)`0B7zks@^p?SVsH>IZKIqn3L^-NT(X2RBNKLt3k$S_7-9;1I$^kjjxV9kJ^;r9tup#?!K_w1o^8HmeO*Fc"
    "837LK=%y7)#ncJ*0j9W=$4}Nvc=CS3LL5-1Fqw|G!;%LUKuxxtR}9B$r0Rt*J|S>t5OTJZ3!_X3wje;J(Afp!!7y*8_o@PKRq9(3"
    "q5RgGv)`yL(!Nt@N^!~?+OAqV2wSAW6ff(J_0)FmM6km8C}CG0g%fd3DO_mJnLf3()42uRlwZ?TJR@18!Q3dj6{}fd)0&o;fFMh4"
    "OPu1iA0Ld{emuAMg>@$8kwqGA>Qiu^Q4#LAk#6T)!&MeGL#9$8Y08s60?=L-U}Wkkci<^Fk_tIb!Czh=Kt}6Wd{fP{<y7~i)6i=*"
    "i0)}^L@oQuj+JV#h}mhq<c>P6cW}5xSg|EL6gaWa@^rQ}GgG%=ZSJ%qPrE5*TsO<M#taMe02x^J#1ukE&gYcF(ZQ9_va?8ypK2V^"
    "r?4S9m|_<|tzZSSqOcoGcNQegraO&nZ%%h;dDsGe#14lN+y(T^j!tB=Y#2r8v1=?K>dzL>GV9e@hUq<`a6ep_^3Di4Zs;s5_z``t"
    "mXz0*M1IRQ8F7Rb%yO(d8;Pl*^cgN!@gxSH<szso3|T3jPw9Nh?2|5;<r6)*<}Ktb$6-N2_Shus$R+7~mR6BUoZ+fsMydQPg!qiS"
    "oikoyh#{Om0dGY@`mASZh-f;X4W7Y_ObrxP;BYxc*r*-Fq*SAeEzY-D0TN|~OIPN{ZY<&pdY!YpqiBB1(<A)1E+nImS#PK>2;c*y"
    "j_JY`@0FW&umL#La9bot?)fOZMgy-FfTag1{Q)GQ8p!BFs-KFWIAG&3m8kxd@3Fm2V3ptyM7O%#2zK7#@3n%w{!~Ky>=bgfW;^JS"
    "otkaiY2?~<oI&_}Oc`}L<*{%Aw{sS5flq*ttPTsM5<9o;70FX^04-8W#C|r+<la?6{P;!-L#8?V5(sxj@%<^K;yF*}w*5^}aRUNm"
    "4iwTcxz(#Jn@kt0s((eaIp^+&09+)xUPZPsv<BgC)#w77|8lcBqT^MKI9;tWC~cdgGyvwE4LqHzwk3t!(Gxk%iBmcq1r(aP7It)R"
    "I%R2vAs(EGD7B7e6`VvAU+32q+<fP_$XG5Uw?32{JCOz~PlSxkRGv`r<F@(_hZg)siSAjLvvZqC_Gp-aJdXJS*vN>r31scz^%C;#"
    ">Rq@2nbI-pj3<V9Il<lu29aE&0;gF7J;8hn-2p)AYdWL%Q}P*U=#h=G4GcYJJIo4CLr9cj4=zv9Rj`)Evf3R6oeJ#6weqbp_KA`9"
    "Q#?zn24~9}!BX8=gVj5)TUtY&b5FCUu=u<Y`)zIoj^HeHh5>+ZJp7;*Ic4ETbbN}}bP+N)(jA}C;cRSF|9q#>sc4Qv$|4J_>O}@l"
    "A|vCBK2OKuWLacVt`LyHWg&LDMTYYvf(75f@s55_aV9E|Qqb=2A_Ki$c8KtT%0hBTjbNVPEQbim2n!*eI)Fz)NTFw#@BqVDNAIi_"
    "!6k-0s|>A^+t~$ePa#*8gU4gxOr?vwSU`FXthWX1QK}*IV}!69?jXR{NU{I$1x6IGM0>Ady1EC~<Wq|OFW5axn>Gkmwi%(E6(-9f"
    "AHq#5F9s~IWA`Et98Zf3nL0Kc2Qd=#c0S3G#DmWwH-Zk&s-~}3lAR0N8F>a=<Y9%u8Sn`1V|6UI2vE(!+G-TxfRgJil?~ub7Nd@^"
    "guF6T4{$t!@<EB3mQr0<EqA6EMB3G}0EY{Z9CJKvAGGHT52&``7j}F(vdztcNk)_>4FpDNx|&5F!Es*>tpqXWY(!Q$l@1m=)Hy(H"
    "c0$DqIQ-fJ&FD7KCuCpRQ*T21z<%19Z$Oa%!t%JyvK%Gc9of_NB4{Iw@Zj9EP&2N?B^4A3h7-f-LqrPQG?YUe9a)H-1`&XeCk*lc"
    "fqeyNaK1GwCk)V3av|Zk7S_&?)An0rRfS+!q9xd<?Ah^k+$xnrFjMV0>sVGpvu_sZ(E6nz7<(3K682Vma%hbHU-Ix;4nbELacE^h"
    "h8pZ<<mLs2A|;h4z??u>v|I<}7{qOfwQWz5AQlv0_8P(*vJtRiq|oNHA~>^_W1}t6TjL2AP6?CBcp4^0DO0q1462$x;#_7=Y~kg2"
    "K4Vbo@L7&QPLxC>_ME9<P%^fsIM5c^nX+!{L%!SSKF=a;S0ON5T#k((!jlbHf;VpgXlx5geZ&&G7$Pg2(aQ}fiZn*f4oc#%5)3R`"
    "mte+YM8SGNMPRmIEbSO;k6bfl%3INL3S|l&7?9IQf}H^_9^l{>#6F%4-vzZ+8cht$Yhlfo$!xYAXp09W9L>1F*tu*PG*ak2n61E8"
    "$XxT8u3*UD2fQ<be#*qwB`~2%s4`YtiCJ6n3{Y0W7dWAWTv(d+T<K@qd&V6?+sA^^3Y1Vr69`vAJ*9yA-<cc>&oF&zPQjpfG7^1I"
    "@(^88$=pyaS0gYdKB6Hm=G6g1@IEZyB80aeq*XlXQ-x(fQ_2`jSdw92xY+`*<SlOtkBA6yQ)7E>1<%32v=-=7TO63|3Cvy+*OhP}"
    "fM$aHhO0Sy*c4^EXmuXyF9SnDXjDZT=hXk8@(Yw)cmrM8MhA>m;Y3?egHy^ZBWkcL<rSDE%ptstaMtjJ1<Cs=;~B1^wR(7;z<^jt"
    "J|yk(Y|y!HRV!OPm39pFD(R{a>h$9dYr;N-Ks&B9SD4bO>A@W<RFBb+l}#EXuWaK-%W_-{Kw)Lmj$l>3#pc?kBZt6X)WDS5td%Z`"
    "Ua_M*wMxiFt>k7G`>^#r{O#6bDTz>(q=j(s)&To5wJq{(x-2cSh1~TPRO8sv_E8l;bM^!g3m>|4jw`fbA<vx^xQBeR3Q8XutKbC-"
    "&Zd`qZMjg9OAb1n;|2u~pq7e?-_!~T+8_;i{!|O$&r6=fEV6=*2!<c3)xnW2UxDsPP@}G(IBl(fyfEHguncDAeNTmR617dF6GE(4"
    "%`hah9cu<QFuX#Mhf1fz3V0jOmJ}P9)Bwjq_Hf=?HA>;NB2V7>ftQFDLKT<^?9WoOo4A%CZb2)cR5{rlFInk$1>K7>$Bj^BI~ymi"
    "p~<dQgv{@%B;Ok0&d{EP+ysNlV=isFMvU+#(L#0>X_KlXL&JiO?@amqIA2qNrhu@9g}Oh4+n5PeZFazog<j39qf_DVGxrvF7e)uo"
    "Ii*UFJ6L^XAi*kJ7ckqR(=07TFX9po3O6=+SScpS1Yr%D1rc>{)uCf*Zh#f9D&en~X(aM3+*#61@tChQ9FB&bpmEuNvYQzXaPYs?"
    "g<Q}ZlGe|X8F@2l;Z8-5#%M_k#$p8yR)e2f+ZY(udZh&us3ML-*iAX2RL8OHX-t31+!!se>CDjPKQ)SwlhmsPByKI-;ZI<0BN;Rq"
    "K5Lb$R$SI9!WlqPw}PSE5Sf4ku5jVVl>{GT4FcFnL0AcULTq!ueaBrTTZl~+ev;KWHE+<RT?F(2<s!btOLM9gO_^;5txf6};RI5N"
    "OV&!)Xe?LBQz{${rEvs=R$C9TAth+7s<tEOk`3ne14qhamskXkC9^I|eO;qbY<Oi};gD!O1@j(20v+tWLJJAqXJo8B#MrY?$gG>z"
    "Gx}M!k~?svs&0XwD^v_^_9{sCkP_k>I)7S-Q)RV7r{IWSLhQ8E5dw1?%*nEq2GWS$m5KkrC0oG7GJe{$4bg^&${J*4Pz{Jkjn;qA"
    "ZisPG!6+j@?gKcS%jhVXibE8Os=<_C9V_C>I=5W}jkO4_fao|G&^Vh)7l%5#t#o^~p_^l;Z41DVhf2#7{2&X^@qqy>Z^tZb30A2E"
    "bGa@KdNix(NLNHqZPe_v3@&Y_)L1FWbFWKX_Se8gc$U-PwU){~WyKM#$(TYeYg{AewbWgi1yvQXDln12=7R1DwU{6bwqWTUwQh_K"
    "#)FD4>gH1Wk&%}}s?4m2;~}<yR@)k*D1=2O!0?C^DsY9{CWKhr77!s?NDZEHg=ua<&9N(2I9XT#%Gd%s`rDHq27kIJ51+@u!qjAo"
    "x+&S$q$liALc~MIVT|z(Gw(>As@{>x&JHCjfbOUUkO9j!Hlv^cW7EBX$BZ%4cvB437wijAdEr+zxUyr|;?fPeE%1>EgL7z7LscFK"
    "Y@m!h2+TD(jgmtC5N&DbVtauM0(szT!g<dSI^E*o+8j>~lZ8uIYihKSH^Hyz(!RdQg}g1qr7}X`?MA1eM*7MY*b&X1I~5bbS!(j="
    "^>nJVg{p6BH6F9H!QjpZ4G;Luq*j&!9JD5!LYo3RlszdwW1&qT>aXCpX$EtDH6k;fRxGl>4Y7qNX==;NcKBurWv>Ri|BzwmO;B?U"
    "ZlLU0@)zD$LDU34)CFz>EX3~}-KRHGvRN&_;nlieh`H0u!u=!mvO+%~m(fZj(Hb(xGe#;*0}3kHbEVA15D!IHY8rT04MYy`(K8qz"
    "Xdr1Y(9zhQ3+C!7Ru8|Jb6AKQ!(nMl=dy<PNj^6^BEezlracVr;W@>FQ*Tb3FIGsiz^@BzjCL9sLNAEZl%!fyio@SP2n$+0j6*Wj"
    "c5a-XEdXJLeH@J|J02thbH#!=_#+lp+@u@aFEJf!vVrnF_;Wb%5T`bv-GRm%EW!qaC%klm6tF;-d!iIzq7yqWoO!Chp&s1QjVBu("
    "PS1@b@f(nLP0coP6l)d*M1&!NA76W-7{d+p(a8~MGg+?&Nx(rj>SRc-oDfciKRzbnIL{Ew5nd6{1t+seSb}``2_11Zc<P{tbHbb+"
    "IMF0K;3=p=<q$8m^WGF%PTb<D?NnAfP;Z)0DT%z{rkm39=7LzJQ_&qToYazpbQ`06@CY*mPSpT%+1l2RmfL8+ohYo81G0%QrZdej"
    "(U&9~n`NC@7ww2nu+TQzW(N#Fd-7%?V1%8DltZ&qON6Asot8bxz?JsXG?PzG=q^pbjBhha93b2fNN1Wj>)LanH$_sl*?htm;iwb3"
    "Pa?fq(j+Z}+o=UbT@-LAsbvF3YEFHo2~VFbxd!&R9T8VhUxL;Wg>vYW2CL2@K_O~E?WJm_pDVsZ?j%@&xW<J}Q`xZWZQS*>^r_JD"
    "fM}DNdPmk-_U&UFmO<3A>KSDSNZjHxW)xv*DZ<;%sdto-9Re9&>;UwI3DqL__$)hWFLf-jmfRJk-J}RKuc#oD$th(`CzAOFIu)w6"
    "c&?anqANd(%oIXs6Ty}W)OXdC1#0VxX%!c&g&b`#8rTM#p)*!s7(p+0_VL^YY@%DAcUl7$@;#fq^hhbYX0XYUZCPOCHgG(y3d_j="
    "v^}a`N_NP?)u7$kw5IRivcNDB3$xIuqmDd0=*{v{yMwT}J#l#o-5-ofHwt%XosNrL;MsQ)jj^yG7U{H);z+^y0}6JG<75|D_ZTb|"
    "Fs;d$>G;hZZ~Z#)db)YIuI&~)-UekQYA@-02kR~&V*4zM#erBU_C$k#NAUw><T{C_0;MXG?Vnr&9q>GVS!8Nv6Ef(yWvFq+Y^`?R"
    "4y%tZa^LP+*iuAThM&udsJFw=<1pCq{(1lb_=Un1w~3CYB&4j+ODnB9@CF&6OP9P`wD(67dB5xcQTb|t`%bvI#4(mSRCwB<dj}yK"
    "xP)YUX94KNW%OZLM;De<iQ1B46xAN6F=f-4t}HQf7UFnp0ZBZ=3q~r_cO@0J;42quPGlQdI1TVZ+E&<$IytD6drG;bTvC06>P{p2"
    "qMS(QiRUx;pIk7IpGhe(F(3B6CG8JVnF&>a|BSLo=Pt>+SVB_WPO6am;epj2M*dlV+o9!5_v&Eb*+bX*%bB*F<)RZ-w1~Y2biU*r"
    "HC`wwam-|H37`fS&2$G5G`QTt%9C~!f+1Z|7L3DHCJytgtkj8zlK?MP^dEt30<9F&*@6ik_)sii9JaY#F3GN3Li`Y^K#qf@$j>Er"
    "PeqIZT()*LUharFWFc1fawibR%bl^F=<%J6vSpqi+G!C^WDCi!w@~ZcBGhYG?u2U(i{yOHl|S5mScGCf%bgi-!j?O_lCzM!X$y-L"
    "UkvP)<xXI?SftP!y1rTNh}&YJm}?fP!xsgTWx1nuz1#`piAD5@fop6LoY$6+SP5_!zE4~4a;F6yg)naf*P*gy5pwEMz`}ZhWw8Tx"
    "FLP*>QY3x35(i?r3R)bz*~1fLsRcXw##OEXTA{z8H^<}Iay8?{#c~CX+j2#Q$8uFk<#7d`jy)}HduPTA^i{?&wLr==t1Jxe3I>+u"
    "(4LcY`YPLy;L<9azz-rq4(uw^&4q=+o2zV#LQpHnGT<qEzRH3?n?*FmR+$*|t4t%h;$e-UMwB846Q*cHS6LWAixB5q*f3qgx5~os"
    "SfmS$5ha5?WWG>j8h!~o%qkORwJ=w$y8Bwmb2!3U&9Z|mf6#JRVRP#SE2%XB=8g4=7p)mW>@+xrl7?DQ^e+rKSYuoETox01?noG9"
    "1u0PAtrZL);3=SD?K!811tfe|y79Bo*LiORLFp3JQhb;{@y2fjc|m&+{jIh_Cy?QR&`t{sYs#&zrUnAPtmv|R1py)eIJB*xowDMY"
    "+@83s9jxYArB4ShU^ORqZZ$9LguBw>ggzcCoP*nou-3-3ng_lT(V;z5@B+*rrj|?lSl(gc^)d`A*c?*?8}L@VB3Ijz$(Ch=N1hcg"
    "*#%Sc%t92Wd0LYxy@IVtbb3t}&q#n5UM_zNc0@|8>XoFbS1s*stiqyRbwg437O^j125Ml1y{$vgKspEW#UA|drI9P(gP`O7V+*b?"
    ";imVGPrHA7+WX_v=^vkt|M+zN$L{GMCY}B9>BfPpKXxw!9Q^U=(ttm9zX(43<J0vYyMOUFkN(&_RO|#lTFy^b5str{hF^BSdXm+)"
    "=dl;X&iTBH0A8?0?hC$P(T84u;3EN-e|&oN7GM4G>9c3M;<tQC;9dKoH_PI1_~pi1bi=O<_5RAH{A~T@KfYNR5lD)@{o~WU$DWxj"
    "{PN<l*R(4I^uP4I^X6@_*qwiwmAJ>Y^>Ap&`yadZd?J7***B^vyx<Ml-T!0vC&j*Sn2*_sZ=Q7Su?vlW!)YfPjFNibIJSuOvdp{K"
    "f%x&8XFf*fMBp@j<!+oH34H3YZ|tTXzD={;r$FeBJ)gpA*B)ju3)oBRao||M5hwee1NUCqk@xPNPx!sKf-W3*^@i?oH9WKQ`v}Kh"
    "PSrJG6?*Ju5SQT_m%?6z<9p|t?t5`<{Osij{$&k5_J(S$yeGi!R{`I=o^Mz+n5h>IAErMZ#aQx<w(M*k9C^K$u}AynU!~oBm3H@4"
    "Y|0mh-#wcR#IAsAj>^6ReUD%J(h%^R0<Q^Rr6rwpqouLeFYWj_zoz~1t3J<xt2EoS$8OUXe*CffKmN`w$L=Bm@$EbI!F~ijh2(oL"
    "=ib}*Xsgxd;FH(-<m3A6v*y`RiGWb*iz7(^A^Ft@;k&2(@J7AIG)($^A!Gqpao+6i#&+$-RTL@*tZ&}^%wJ9&P?f|y9=q`34<a_Y"
    "j&MJr4Kv1fz9vgCBFsI`!OuhiFB}5(3b4(d$M!wex9T{VHCQkEUf?NL>_tQ?pFH)<OF!lG=^J^<uLQ8qwR99?EOVdpILwIs6b})I"
    "6IQ@?@6mlCoMXj~Bi_Du_^XCwp9trQZ9VokPdM989Jot<K{wtw5Ry;BCj03kg^wLLRqTw73VF^sW%nb1p*VDWv(F*k^H~4dMHufm"
    "AD9&Pn0>Cq(7bEkMjY0RJ9hXe#^O5P=XyNUEZt`}96MUt4+}aOnj4SZIfC2ghxIMKcjP1BBJG@eFW}K*Pu>>p44hCYtls^sq&J_="
    "`$;!&2`a{oJOZC%#pphD_vbijNa~l8;QRRH#H>kE03XFUw0r1;**+KDc>?V2$9_&4dL#t4&+$3(*qLIdzS#-5jvcFQJOO&F_?Z*@"
    "vwr;SyR-vGzT`fKoiq6{pzqHC%f*rW98r+J#<}yEbisjQ>ckH~$aBQG63XqVna`XKfAMVg!mVOAB#J`CPZ|sXKf+M6s|d$zp0>N|"
    ")9kb3y3f8$6npgyVWSlC^Ij7{6<;{@S^T+2Y_Yo2NZ;-|%srl~Pw-{@#xRDzq?zxO^B{~=L?#E3thsO?Os0dl3m*&E_jVsd<nrb~"
    "=!t_AB?!3k()N8r6Y$+J>p@&A`vN|D+YUU#f&Y3Cr(u{BOxpEqDCbhZp}O9I3vZ<m(@zc@d$uDHgI?Q_x8*qf=HoSLPTQiB)%Tv{"
    "FUQq*kaqWJTGgp%I7|EB%+Z22rceIMxpr3vJ}1BI_E_BEGao;$i1_BEP>}<DtFO}iPw;V!;p6v2104{#_fzFpQ40rLVxeDe<Cb+Y"
    "2t$ZQgmokMKAn5Q?*}Px<XhfBB-;BgdJ{E5z`7{ZcNaT%cQ?{^7Y_Ho_#_2@W3zz0IFT&|wEE(23nyH}))0^QY5agq4YAV{OC5xD"
    "9c$B~{)+?O;^)NDQn=qW4-#A)3Om#}SFs)!htU%jaUh&=91h6;Fy${C#uLh49Joj+#KW~?#$h;FaDQ-$|1ctvzWm!X|6TgaYb-f5"
    ">w9c=LiZk~TSUwmk?x^y8Hc_Y4joS%t|j-w;=p+dybCz?y-UEIzjNl)pI*51&GFEulw#MOr$@_zf8{Fuc`fO54L(Z;?AMf@J>;@E"
    "i%gjC0Z-}s&)#5>GvV|54*ijS;hQJF#W^0T{zOvaz?-rkzmUV>tK%>kj@?6#9eI<EeVC7Rs631WeCW#4WL77%$zi%)4&#p3|8nIm"
    "J572VK!55w664HcH;Un8GKjc;Pvso(qxNDfrhWE;!j7cavB$1sEWUB*r5t*`58rac|69e5V{;E8jP49{;E~p@6HrIqIg0g-JN2s0"
    "JnLDS_7-C({wNl|dlC1F4+|vz@abqR*Hwy7(jOkuQ+M(Mrut3#<rm)m{+qtViXtg-<U@TFm)UUw#GbxNd!S!wN38O5+Q?tUZ}1;)"
    "yhe*XD&~z(s9py`_4l6V-f^yg(4^nv@!?$Xqc`@+OMGJ2UI}>ivR_gb&5`p3jvP@QrL^-=T&?>Kgyc8xlK0q~yFc}e+P;QJSsX<s"
    "0uOqj<=hzuDUa>Qsp=zcl|E63&Nu}^(&yMJj!4SqIdWui<V463Gla4F>c4*V#vi419eLK{^aHf;`*nR9(f7Ge^;0L|BK#4N>1-Cz"
    "#j*3`1nfI|Lco#7j(tdu!*QHndK`DgZ(iWO&uahiN*M7trIrQ!@T&WI`!m+Dvq8KxuQy@<#g07Ivpos3=Z@oH>D__8h6_&BqX=M>"
    "(%!<Cog_fgmaE8V3ol<q;_WcPn(dKBJ|;nV>dm-Ln||ZV<v6b8fG+vt?vbD5v|H~x&2gNr-eWQYLh_@Y0-pSfUp@AoGB*TYIgh-b"
    "dB<7_>bOC~-WMM08Aiw49Nz}%(csv($z$#2ap2<qnDlAS);dm;uGU_`u5!Xze6QG^Z$l?3?iSF;0u^`?X|W!8dzMg@XL<6IU{WNO"
    "?U4f^CUXBG0=ox}Q^Ju~q<{k_Ntq$(>d#5nYw%tA3Barg5b@PXx>OukKir+f>3R`AIZnsqm-x-+{=w$~_w$^2k}f8_7MQAH2nPP<"
    "Nw~JdtTyESKc4i(JM6|OmlMAYI|*A{tom1H1D?eFHXyo_$UpCM-lk=|rM-5uh7vvXYw}7&!6)Iw6&Dy8nE}gO3{uAC33td7|KfYk"
    "aIYnQ!i}@<;79-7NB^qlbo#w`@@w4I`X7I!O$v8UCtSjZu|3!j&toiPNao}hFHW;Dw5(sECw@zI5;#1u7f;2kI&lKm+0{p${9%5d"
    "rt|UCskW0f7LeeJWIiPX@kux^CU4%R&AUsp-KW1iBx4Eq)p<<%{mo<VNsB=yco~tYCIBCQ${BmCx4A8U`rTt9bM6L_Pzpr%Y07ar"
    "4Se|oIE+Aer$0q`(n(s<Y5XzpuKHgBMR1yO!B5wA>(jVfA3JcB{t|cwr;&->S9P0a>j}xz$er$gd|s>i$J*z-C7+ME=}iIK>1L1~"
    "08ahTdzvnX2*e?EIF#ETbx%{m;na6h2kz5fp1m#oJ@skY{U_e4Q*ILua3P(FtEJeve@fp`{TKwa_2IHvvtAU%t>AuWuF@{K^0NE0"
    "!Kp4F6ua>YUIEW(B{$B_JxxdT)-&A26XzF)&pr0+uip8ZxQ`=nFZfZ<LF}eC@5(2kMaFhN`^Y_e-7k*i1;6^&y?UM>DTSp1-qwU2"
    "c!~CLw!ArYr5|s+xo=+5Pw`k4R^)Edlz479b$rTLT)ca6?(p73v3;NT{mvuee9vPc!-2QqYfrDnvX3~nCjyRH|E&XkKb-oJ|1@RD"
    "pE{C0T|>R65%u=j(&-m?bA5sLDIj$B;4tr^li%OG#iwFwEA}<1EpkxKBIOnK{j*5j?Ku#(=Cg$Jcd?dq>X`%0dX`?%c($vxI(u&9"
    "SxVf;-;;acGod=g0$VWxkv7mTeV%tsnzQuM`Yayo`f`uGsAH!A&O~b~b{bn97xvkjgp%6(%{%bQ3lTll_rZ;CKxgsTahU$tb4$)5"
    "Tkn^&&wll`-lSBr|9I(Nb(0c=XOSwyZNA`JAK|++`OXWt^Ba*fM?+^$eVzFU#}9#_)gL$xXYqz6blVSq=ZCX*B?J><@9C@WkwpKh"
    "Z~RHqy1%|S<BI>hcB^>itN+ZG`I+;a&!ULa#lX3*>^SeM-DAI$IP;5)vviH0IU#lyZ`}UkrT4VgS){#u0>lHC|9Fw+?3c@_uAk1F"
    "4SD8-lVa~N773+u=Q5n9m%isw?Cw`#mh<!odM;t67>niXtIBhqyXQP@ohWwbX@~LMgaC-g71Cno{(X_r7Y{$@oSpk#=#{e%1>Ab<"
    "U9o<%J&#g8p}PL+|2*Bl2*f?&+~@nbBN@eRym7ZNYkvR<)!j#&@ioG67dm&me9oQsEyiM6e<3X3)q!Vk&vWd*1OMg5fBBMT3x&R<"
    "ees$OLeI%N=gmiW^@r#F;lI9lTG)cmof<#aN{h)neEPIKcRKytm*IKR(O3w3DX^ac2T3Ob_RE)DrGDUhgd6vy{eVx>^7`0WGPeMq"
    "r`f)xz-3z6Rr*dk$-?pZXsy9-@yC7!@)FdGxp3rjp0F|dFZwy9c0Ehq+Mm;-wcz&{!)$ntGe~dtHxuFgU!qvip2Nq!@e2Mm?ZjU`"
    "PIgc}yS^;GxB$fY8t3WUG2nTM@y-(@ccJ6VxudpZZ6+tnbDi+ipo<iD2{`xI{UGkUyPkW`k(7W#kA<D=BGMZD+VCsLo-({h#I%kb"
    "KKHFFp5x;CAMTdL8G0K8Ij2x<a>BXr)#QRedl3lVm)t{NMEKmZ1@_NHDmHbIqP~mdQttzNr<?)jT{yS#!ey7lkPQ_-`_6a~=hc^_"
    "A%RQsOWL(M-2X1@=s4)Wfsp*&iQ9{G9$f_HO6;^B=_tK<y`Q|FcD?Ss_)U^6B(=uPoX0?(Qe1p2zH^jxO5E8m)&!3)dXk#2eOo)<"
    "e2WzFjRQSJ{9&GdOYfP#`DNd?<bFN8bL32uZ@OCX*uKXk9<cA(PCRz%<zA$92i&IEiDJL{w*4*Qx4%R<Oqu@2zJ_0&_Wc&_l8I6@"
    ">%Vc|?Qhh+1?n^Dlbaw*k(BrBXBPeb;_bdk7wfkmcppFI#yJ(=TzvK$r*L1uv!lsx@lN1KfVg;%0^YpPumyhe#q})}f&IoRUk5%("
    "#EBAo8Vd;=yB;|7*paZmfd0L7)`W6TW3v;&@tdC<9k@t;`IZ8gX#rPhZT;r<E#>8XOL=($0@qZ)qqp!hj9GlG=k29%x^95jfAZL;"
    "wc9eK?k45OgS>$Kv>0DRswOPN034)~xIgC#z^7dLh+W3L;lxppk{$;^#J#`q?{CH~{d(@wMP(fbd-r9$d%H;C`xJOdUSoGSaG+Q("
    "1bFFe%ga=J>M|ARyY!WR897+tg|qa9bM2g$K2t7zC%Y6o(wlV^DdEsBH(vZr+MZt>b?KK6C+f?9I=DtJQ%RJ|K-wh5+$naKO8E-D"
    "aeRBpb^h5Kb+3CnssY6t&C8TQAAvaZZ{C)-SO^H(;~2y0{w&~=XV}$K0Hs7Z-v&|AEy#&q`fb}~%J;cU1yC--YVOBmw`Wpb`m*&F"
    "eORoQaW?woNtx=QD-%}wm7fEzf^tku-t*1lDrNXw1)Ukzb``0mo)o%r(XXpSjc9+cCbx0re4wkS%5o9g@!|UK7Z-|7f4fMl2m%{d"
    "u6L5=yh^{W?<c<<{!ryzl)df?zfa$POlx{dOL~r<6-s(ptLZfbzNdZg!((qf1DH$j%2h6W(J_fgQn61-NxNykM+_+7i^mR}LnQdn"
    "W5-_9zUFt&$G+l#U&L6S7CD+%K9d!D9E3A^oQ7BN!ar1T>TNhp+kNJRoToROSBWf75Fx!v$>ghqBtG_}OV=zM1YN(Vx_9M!-Bn+B"
    "tT`|du3T>@4n}0arE}&3N#seVDRAyr*q+qS$y;yjUE16CvF0nm58iRVdtXU{Cp7ihC+2I?YYE|em5S<67bNaVSB~ed!r46npOU2v"
    ";9`*K`d#_S?@F3I-Y@<g@dEiOs1lH$;5%mgp<gJwKDWSQyHm`k7-FZM+>_>49Q2>koKAIx=AC-mPMxW6<y6;|bKS2Zq19*bUJ6LL"
    "|0TswFA081h^(trM*b=lmhha{{>yFp&Rv4W$j|p*9+EX7iYxg_$4Rd5^f7Zf2Lk8cUyf9B%p9ek96m|`e9^UU9@l=zzV=CT9fdkV"
    "hR>ei(9;fuo37Kl)N5y>Tt~5wAOm&nV{`2&<T|b5+-p8hXV$e3$hB_}*FF^2&Vj!UDuuft`GXL{wI7SGo%?s~3z9L?W!F9m*XcHJ"
    "Ee@L#G}nHNz2-1nDHg=#6uWb><T|d#yVw&{vyNAK-#ztbzs$a-%36=_uj5=jci=1vaj8L3%U7}YLExMwqRH1EdzGuyt3HmCBAMpb"
    "foNw7Zk*+E6SwAT0sEf3za|EA6RxS*#2e`l4N^61-GYRrf8!!mH?9bABN>hui)p965^mD1?k13uvB5ouSik(F*qx)n8yCY&;djLz"
    "V`-uKC(rZh*HBU#@Aa^593S6s5*!WUk@hNPh$@zfDQmo{yy2+)h;820#g@J%Tu44SfI@DaZKl|*$KDm|Ritly0B?Pj-$sq*JqN<d"
    "yiJ9=Zv77KHofY*O=+~-bcWwXf~)_fUre_t8Fd?E_2YQn`jy13tHB63a=dyQZ|_u9kiqIj&u{;H^{1p0Z{3A=-=$}`P7hzVDZP2S"
    "c3*d!Otm9#L*R4x?;k$uMtJEqFwm%2pkIFXq4+%#+@S&Db9@;@y8|Ivv+r2Ag>dBK-TGCVm-)lH`ORy53v$#^%J?>1#YI_v!n=D("
    "e??m0mitQI^T*;fDRvc0`?!POrk82A>A~sNx9;1NOukL`@mt@=W7j9#5&`EP^X^Wz=i9hF_x1QRN`#qi<2mbpVvi>~ZhD(_8+Tj("
    "w!p0GKgt;uzj&MbZTBt}625bNth-oKIBego$td~np_A@>H()GER1CshZY({Ri@0-@gF8PB-1%wX&KrN{3R8DcC*i<>eqP;4yxC*t"
    "Ni#nk`vxoE!DIdH@SP)_J4fqxI!-8d=Iz$CMc*rzUeT4OU8nW``mx){<@B64Df3tGLz+3NNW~W2aTR`c_}*K6|1mlC)068;d=O>4"
    "OW5Z<_v6mVh&$gm`pxOCm#XJXzVi)3q{W9zjXSPUZ&8?#H=g-4W!B%PQoZ-7M%R5R*CF7-V}ba&Pmk*NKA-MW^m#9l?}5v0s$uu3"
    "T-zXMA`yk$#}k#1d8p@CU##~+p<Ltdf>rgofQR%hnsD4K1%xjRvSjxu*1QkW5}exijwlrib-gFKF+N{nIdQP=sq*)eVqapL5qt6X"
    "di~yeCwlIQI`7hK9~62Xh%5FL+e;1cJougZgRl4pU&#+K>#czPH2)Aa=HDF%f`Sj}P(8ThgP(+y8p!mA$T)uzaJ@$RG3nzReQ+5V"
    "#g067;*IV(h!3eE+e4zocI@y)n)6#);H?*U?|FWBQGuWL;D_J`j-L8EQsFW8?gzEYhcI3-^J%Ooo<|>iQ+rrr{69oiVE^NVlL!x~"
    "H10!6g+KUK_K==5AHsPubVuC19C%Bb$a(pY9upr@M*Hv4&P~`se)nCVr$}5F==YQ>C?F8Dzx&<g?^;AY@W0D+kz!wB(Si3F_%Dy?"
    "ZSbS7$46&$J-R}`V{F2=2*kd6bWyHH7y66<TlSdJfse@@ZGbORw##G6;(v6}`NudH`{Z7c^U--kPJt@*HE4XskL~f#V@fItpt>?6"
    "N_z9ocyq1IM`ES-K`<v1nueHn#%{2>_2?++QC1vc#ep(AaNr=8ooJ6d#tV`jI8F=rP+I?XI<!${%Yhe7)yFlF@yC>}@tBZN`woZu"
    "o~M+x@Dx?YgDmk=Dk=CB73|&xoW_AUaQGs|IP6a@2=SCM>m$H<^c4AU`vR_0A-5;LT761s00CbV>u1?hyuk=SZ}IENWn7=4eVE@J"
    "c+@8Olq$nKMHQ<f0bey{PmYqFQ{wa4FUmYQVB2TE8At);Os)Z*Q#&2ck#gvNx$t^=;^8?Z9t2#cl{`BM@f@{*ZUh9{=Gn>CXW#5T"
    "NL4+%sOGa1rvmzB_jj4k5<ZNvnBhG6uE4(jCH@l2{uX1n1if_qnP*+n45ENVi1qBD=TtQGIlZQTP7jsOk(51f;MfcJHT{}?&wNhz"
    "%;ywOJx9FM7tmA9&tcC@a*F-<OZt0%+xzSqIEuY^UyAJbNx-Yiln8#0%Q8&GpPUc$>?f*c&iOr$>D7q7o^=EF$EUyeL_PN0r)lhS"
    "3V2^ftxgAyl5Y%T^070_p50#Eb4mg{r)SOQHOmV@(!po7fE&+wo3`uDzpv;1KKtdn1Fvc6r^Frqlfr&VJ&H+jn}1HFMg;^s{^C3A"
    "i(eJK_#%7pZhG-`_2TR5#kYnRKM20~HSkNM@sAt`1)X`;vmnkG(eR5;+Lu3Re)m;{MfjrIp%~+Ad*K-T<dt5fMPGTdZ=A+?iOc5P"
    "f%8GC7QyOYyzXB$-(S{_kg`f9D{==ZeC@U0IGy$4!~YVGyJ4oi#N)<|zjp6cKYH_@J?+J}rI(bo_TmT1muNBUz=81UdmN@XNfbMG"
    "cF>D>KOWO}_aD(;oT#&VOI7y{t7TDo=Ox|7UtEusvE)qm;=B6`*Lfe?_t;U4?e_JbCbKnM#ost^>I2ma*1V*|_Di~AUwYA(emZ`<"
    "dwKQSlGkw0&Np9E4YJo%gz!~(GhTe{`|o!t@Tyo?fUl0UUVWE)bt3FFUdRTr>9w~~8To>*z9+o;!h6-}Lkr+F4*9!)KsvoTcUQ4v"
    "&mBnD*QlTU5aGDVy{0VFR~IOGb<2#eaj&~^;K*aAY4LYyZ{K;B+<8S${_C^1_9d<SyJvm#*t?I%r`U#g2mk8x`<1iyG{!>JyFLaY"
    "nM1>SHS3F{`3Z&mnu>qCCKrrH{^O<ByDn6vE2l8ozNftW?`sxMzk8d$ugNHWPq{k+&O8=2wC|}PhJZ_tg}e6esVScCsXWDZx1sYr"
    "S}M5^5YAlRqkWHXd~-OFU=FXu!{PVz{PF$IGFsnL89HID?<r&WdwPKW?i|?x(PQY)A5PT%NK`_@f$c|B0X=pgjMI-))$&JBt&9cs"
    "s+B){DgW?M`{AGTBmI~kQN=v`5?1gJM`S;o*!$r_`NNMZKV1IdhtIShj_Q7-TI4@`asQAgoX5gv25pQVzGrGOUaujSA8Yzbg3mm5"
    "<*mI-kA6R#TlT}LwI6;qQS8KH{wayDp!jqT!nnQS;ae2hI*dR(PrW%a_f5K#iiLZvx46}R8U($?Sj)Gxgs>^gVsprP?<a^i@;gox"
    "d-M{*40&^=?HjkOllW4^H*eg`!ddIhO)mGFcW?Of&5?}*NAW{G3YNXas|~#N?oveWzFWQf^n6dz*Spw#o_wm<iN{VocAn}9zx!cN"
    "vA*nY9{bf>bK{icdwQ???&Q&X$_9VuhunGWJ($vpImz6JIm5p2zQzN1ckbW2GetgJalO0t&3k%t^X{sX@6O<R|Jc`Lz3>;rBxk1>"
    ">I-L_y+Lx?39-)}J0Bz(u~H20m2yJt!izgg_yy9{>5ZHRSOU>Ok>?^>LJn|f--WkDx27TX>aS{9Aok7c`sM}s;Sqq_;REm#lhM8J"
    "ihcI9FVPZ)WHAF~0w4q!BqerJU_S*ur+~=5DC-o5Ex?*00XX-V@OS{6^&~jZp8+`b(t?_L<k}<YEKV*F&sa1Rv-+q<p_~7tj<=W`"
    "DC;08EvfMUh&%{@lS090bFcBIrtGG60^(9d>SzC548su9O{jnm?D=5H@W>0eOX>&*@ZH@g)*fPhFS@%IWpBc&I#le;e?9X)an?|X"
    "IbGbJ1$Os*+Vw-`!Uns0(Rj=5UX&yYF_G>Eg53`P?p{PEyAriLO&Sw~FLotH`NbFPemvuZ*vm&c<k)|Z0FQuhsM_6+yZ7#XB1O3C"
    "r-EIlD0XEU;!rW?n(pq$i{tQ%-&5{-Ta+zeu3fj^8-{hyV||+6j0RZZF#+gfF7Wk18oD?9z56*5EW6QkZmjM&IV%A^@n238a{_?R"
    "ynyqxRhMb(Sg~LI8*aV0yYw>EbBZX16ysh@3(5tE9VM*40EcNH_Uis17+LNaRRI<^FaRPS0&wNOoPX5N3mSDH)^8YJd>Vi8FZ&WX"
    "os>^k#RonU4-#v90r=**j}r@G0S>>Mc$$bt#J+inm!5X%1>gD`k1-Z|?;u``Ikm8R;E4Ue4YfIN=mq=|EOK#Q6YTBTJ@BHw#;=Yj"
    "=pYf{+&xSrm39wP{C=2dVeK9!UJZ5+6V0|$!Y&XOEJ+gIdt1Nyt&IbryS{$3RoZ9P5k3I@y#LBEI`>$QCcj3}m>xJufz#NO{xlPS"
    "evy1#qd>j}E+2s-U-3tY`bq%Yia>xb{hi}TScWxnGYG3gpUloWN-^1yPwpe1H%IY2z3b-pc8?M>)d3K5GXSqilfofQru>PH)T~b)"
    "(|t$)0xCI<XNBEphKq!~;ETkwKtS*N1Gne#AJekVv&H}U_ufzc{`s2EzyEvxZV=&5|Ni+O|K9(n!@GFyKcukz{x66BLb!kbXTW>^"
    "`R|`!(^B^T{qs`_|H4xHQoj5d{?Lj;zW>1LZqroD^_;@5YSG7}{qGKcU8~68zpcT)rJwVa6+66t$0C1AVHD}`!=HK-N%px<Dg1@C"
    "eovFu8Wxh)bDew~js5310RKvpth(0}w(9<xw&<B<e|YPk{y}R=uPOW`{dB=k@oPSm^`TGx`KNB){~kX0V-5d`)9s&W(qGnkMoGV="
    "@XzY<fA9VGT5-SdhljPK4<q_7&Av7GiG}{UR_|e)6R&Hj&vA18w)VsSP2sP}<PEUr|K%r5R>6PeQ;q18cH;``lRhk@zs3)Kc35Nc"
    "um<<}wLbiJ^r1!Wlld2V>Ti7a)yw`H-~DU)yB2Bx`&Z`we-59dNZ@aA?exw0TU<WZYf1Yb3+`9YhortY1^;I{(0}8sKTOfe-{KU$"
    "PT~LZQf|W+e_V98vCl#&e_#9Vzq4+ehkteWS$(<&_ia<s&%`_rY0{T;06eK*x1N+XC#>$jt>yafwc`K9$lV(J+Zz0u!at{o?eB3h"
    "{T3(9Q(EJ{QY`d$UuA2n_wR9;{C(}+Lr0i@k1OS`Ygzim<nV`A{!^%KE$Ksx{ySaap7b~GOnq0sAKXP`^x*K%Yw(vp!yn#1WR*Sq"
    "HJ!(IY+^sYLTJBx{@;9+rm(QY-#;eBA_V`#w~^m`!(iFk!M>!u`&(FVVO~9?sUKi{%D+;y_1oG$_FMeGhZKHITccI_{}S@y$$$GV"
    "c3xlBhw=I?HvKi}56txaw9A!rw6@nM^~4E<-{O3~PMR8${<;SLJuUlRvAfsbN_+g{TKdh`K>8{FioG5-lk|sQl0NykT{--^)~Lgj"
    "boeb<We;mf>vgRSACivNs{7B6QxHl2_2;iS@kRbyGTHvMmh=*_X;=aGYr}W{=ifiH@O}-~-TSN_Bpca>MdL~9@O@GWl6Ki)|4fs9"
    "PN@@5>bupGUQ_r>IvqUeb*-SUDdxG4JJ@yd>HP%!*ILqVDZJJ}A93UFVWSC~)<0uv@?uIwJ;q+eR^&<h>6Cx;UBKZFgu<g^iWGiH"
    "^M7dZW5f~t?;obuBinbM*8ksWd!E)h=_#B^;<rAr{eMe;|3EZ7MG~<u@54U4PVhdhA^E4c)IPvH&U@mxet7>sNmhLQSWDPduh-z$"
    "6yA08B>3l#6(Q*Z?c_<X$>#+$`jo<lKHLu9CoS$tx4X5Z+Z4v;<*?}Ezozh)^z$Cph|#A6m9AI!ytdAs<Lm#M!vEzT^}lNr*Z;2V"
    "ZZB(S<RzY9?;;$Cx_(;yBc4^BQ~1}l-~W;R{xhlIUH@n$J^6tBBhJ+Sm%=@s_=kEp%s;Lw|A9*+(2#e7q~Ct|b5g&&{}FND-`3#A"
    "6#m(V&Eeltc;EZ^AMv!?lbZjCL-YLSq?iAnwKrR9TiN=(&vg;|y@>DVyPEwNY{0>`{JIHY9?=Ahu`%HEAsr9{hG0VDK<IKa69ad#"
    "f1@OohRV#f*1Mm5fXY>pN>!sqTjMXG2NvkNcpw<)Wj)X%9aWyHi1pg>y6m~GuFq*b9W*T(V$LU5QBEWR8{6dG-iUNr-?_c1hkb2X"
    "%i-a^<8bt?;<xpL1?oF{Fa5}g*wZT(wD$B>38v^f+OThyEA|!o&hqsgZAg8|xxcQI$fnbJWa|xQ?hWUu4d<y1=cx$}>JQVh>0F=K"
    "f$BT)Pv3E@`w`!tsv!;S%JiccvTy6>Q3QUWn_A8#>yaPsx<a#&2R<L!t-ftNH<S)tnOPI8&qupAaU44vMfKLv4_iCYCQHbjvk|Y%"
    "N4pDs+j<+aac$O%HW}t4nG2_Dw;nblRT#G}+Gt-lg{vRbTS;mi*b{B5Bj?oq+HOG5IkkTlQfw|FLFk#=`m%a_<nr5kDF3=1kRkSD"
    "?1@F)@wwJ5bI$ITt*=|<V4I$Zt>)AYlpU&U`z%@wG#732#NBO$iYDq}ORF4H56Rls^}3zJmI<yB>#^lTAhu~S`QUJ@o6c3%O$=4+"
    "oTyQm>YCkgwXK(CA;O__oriW6L&aN^_QbBP$F9L##K^G_*rt|Um~Le0_H8}(7;HVU{M|_6x6}xeA`nM>x;}5Cf;kn-C59VEadX2V"
    "+T3vPHK&5DuIi{ZtA}H~s`z$&BC+T})3Sc(NyJ(qnNN*A=-a8BT76;b*U86q)V;|aqIqYVe?H=k?Z{wvoD<<%&a0h#Ln2|TQ+uLq"
    "muFt>x9>UiZZK`zG;d9yZ3=|$Qa9BtH`u1o57zZ#U5|q{+tdo2U|sL&daNvTQ%_GSP;c9M62S&x$Ej;#hfRH3|EV^B;?{G$p>CUM"
    "!6MswBXB5my|3qap|{rO6I=SKW9z>k=%!l4jIsMOuXfCLwSk#eTjg=rTalB#7-*pRcz1m9#@6Q@W2IX!biEry1GZ_w?$PP`wXUD&"
    "^NX5qw!#T2w`o4I(S2QSSZ6M%yEBY8&UF1k*L(W<cw5HSdzOQ2J-&V|lH&y%)&wWw4HR8Juu4tGQu>Mu9r)W5ao3$#?I}i$_S2P^"
    "ch!)0bW_JZv>Um(aeYzKuNwtPu}d8<v}NSPHpslPGZ(g=$WqP6JDQ5Ay3Sg4oweyk8##8YQE0CooQ&S*)%Ipb*BhF^vCVVz@x1ah"
    "_Z`kSj{JeH-k7o{VsGcAayDbLz8EEegKd>f-4r@<i;)8vF2`c*I)+Slpj&r!eNiX97UR@#<XtW*GqR`ahoQ$|5}W!&Vo<S}SyX0b"
    "Ro@aXovrsH=8B)#QpUy|UA$|zs9an-$8hmGT4CE0;fBtl@*Xu6!)?h;HHXl=^>n=+$jzd%TAE(*R?CrYifx&0>N+=uE>%!JO!7r&"
    "xDxf{B*~>|O%L~6Y1OW6)mhbeH*e8#j~8`RWb3hAT#VFlM_+HaUKTx`?UqB3ggRb~5~EE!?v52kTMr57)Z_Ds#olqAw;TCi@g=)a"
    "&}1(OS2|w&AhFj{x5VD)fo@vR6toGpJ*R%A>v3LcQD@JbUfOy%i3l{P&qbQOW1Ec1k2<#5r~_NC>2*oys70N1()GT+z8QrNecja8"
    "U93f$iw$*ELM+`A3tA4kdb2~<o##gTs%mt}jZE9L9(Y@eQNXcawLn*gq`DsL7VPNOx|Rdmlo<E9PRiS+czZo)y0HF`eUO{AuqS%f"
    "&e+!ZXm|2B*`#hXTTo`V!KNBxCg?@6(WS1(BHhywaZqnY+}F{)G^0(mE!))6#J65(PuF8WlWmH3$QISsbw}5mb}@R9n%s1H(L@S0"
    "<)%~D!w;Kw?ULH2uGX?W2Rxvg`orTma*SXv+F0#7&uQ5S^|iyd7;Q23ZE&<0?e}duS}m~)xES5Ct2+u8QhSbzYWwe8*ZX#Yfli5)"
    "QDS>fd#RgFQ^KCvrk<_$9P0G#LfOo;ZC!{QgM^0bn;o5+a)IP&waAN%eFfXp3)G}-nzKjU6uL1_cO29&ElbtZX5G21H=^C&0LpV}"
    "Ppnx}SBv}(&2FLpT+=>@Q}5Y&oaNE=Q>#&G$@u$7H`Rul;(dae@?1`xrlvE21C86$O^Fe-EPn(|J-umMQ~r#l<(_lG1r_OYySnQm"
    "?WNRIw7#S3apt?GkbJ}I9YgxAb<-2$XvR#Iygd$BYRW6?21?F0g?6cy*wl2nQOt##ys{_aU6z`P5fh7b5t^ymjBUEso`h{$bclMb"
    "Bk!8pU3h|G*IJ3!RNAPkhmycj)Dob-<U?Y_S4~A<eO+%4kD#puBLP3EMSB{%x<0E{WXoZptw^w}CR@{Mx~0+zbv=PCwJW{nG<DR|"
    "<7hK+W7G2Nmfd01p+hYS?_*BrM19BgHEZu{3ih|9>#?P%IsUY*w}XhG771d4XF86Eb)smbW9#SEOVRbd9$4To{jl|mX!qwxH^sTB"
    "no7KM^zbiqM!BZ8J(|{#)dJ7h?u67Lr$50LyL!)8H!TidRoAnz`)XaS!gsZ6Qj21Wc}v;dNHZn+KGK%HrT~6!Q$r(Gb!$wou480^"
    "upwciqC`QGZM%+%>*~~I&Cb(~yX%OuySr0!@M|?^Yo`{+7plIdSE6gTcO4GsYGh$erQ*7}9xscI9zrrYCr+(qpsDL<|E>n24-G}-"
    "^liOnjd)i>GjzS9rkO-*)Ku~$<^T(_+tF8DJAEfqr$v*6W9jJ)<e)yQpcJu_Sc}4pO{d;<@By_50Myg<np1bLPw<hAPyXn7Utix;"
    "xy(a-W7FxVsma>Y4r)z>FbhiK_3gQq^UyVIae5kV9n?+6+Z{m&5$WlAJ30Gs)2XZL3)*z`bZ)JtvQN9tC3Ve*7V@+0)Q`19_M!wy"
    "%vZfwk%eo!r8{+FB;C62)DLw%%!TWwMTZhcjvHZ{`p%7w;Tsz&j!BHRtzEf*x3{e0?1kM&=p9?1(@*G!TP+cZEDGdElR*b=UE8z}"
    "Y09{1(dj#}lzkfm+4>XlMn57;0wGb0Lq*kHLP+`%GAQmo-jc0F(blF;vDO@vek}^o=Cy6@JBe`H^t4wOoNGQsMZrtVT3>7_5h)~d"
    "*-OgR-*W2GT|Kftp^35e1Tws?;=+c$F$SE~ofXja#QAU|tR9gt+N4u=#U!dbN!+^gu2x+c<tW>rZmc^qh+pcm^}aqIXT<CAw!V5$"
    ";5Nk9H=Thr9Xd8Ght#8u`L0v9TR<^U*PLG0bV{P`fL7`%572j-5~jhbpSn&htJ#JTX~;Nr%_xdyvFCN5n^vsqud7$L_J$@Cp6EH("
    "){}e@I>MUPA*xA}FO1Umhnw^whda_+x-K5HuGcgX^$Ca5lJQwxiEV<A*TW==!4dUjwk$Eu5PqoZJzZaO<`IU+y54iTY+KxHUA>;Q"
    "=UFA8HA!8?UAvCmvqCnbms-PiuAQcybK?_HuRRz0JG!Ye+|+lP8p8ujXn{_ogf4Xb)b`SGM&HqTJ*Zooaq4O0tG=b7XWP;KuCAZk"
    "`ik|kg8HhK=Z<#8>nhiCV(T$xwm$rdnr*6CcIhayaP2hpbUhA?>MH2nbnZ&%xlR=OZ>bq6P>GhRPP}myIo-B(PP3s6o;wlaC&q9z"
    "v}$2fPY>(Jp`vw*_8f-m=scFKyAQpv7{7Wnt{KhA9p`0H+vE=QS_A&;3YVbSE{Qp*4<mSWQ{U;Ut?lrRqZ4<cP2)LBoE=Bi?Kt{("
    "CkhO%6?kM{U%sZb!j9bza_a7Wb=|?}Sr};yt<lKRJ!k%1XJ*~VNr^eGtJAf0mGFzZSkyD`I&9Q+yoj#OY1QMHURl?!<2ZC3u}Z|s"
    "bq&|B@l`!e8zz-{*IDka#%|T4Fn?Fo7x#2nT6ZG<y25pIgAKB}iry0&&-#QOLG-GUQ}6319_ZJ^>k9qYb^2b?_Nl8jkrIz<4mZWS"
    "$F`}hm?};(?Io!!j>WRByKh<R)<k_>^VJV0=&Kt<$h!6a>(O39tT=lPYxZ>Nysq{SE*<UOdlCa#k2V$(JtlNd&n8Vg_3HelK3{kG"
    "t2+;_+mOvRCEOpID?NAW*Sg-<*EhAi^>ntp9&IxuhOlb)a_iAHLtme7J5y|{H?6nyK!UB~c){!|O}k$5rGl=mha1rKVGv>6$<69|"
    "&#Ctn1}kxIxFH<WdrwNC4f-`%V+OaB3**O7$DcY<dFpW0X>^Pi_f)^`9n=}#Pp!UBqaBmjdIs1Q7gkq~-V!=-HUaF3;L$tU)jEw{"
    "U1+JMFy4sS^whpgt0os_h2rSIHrZiD@7L;%u63k!s&Uh{Zd1lBMcddAhmY$!o^sz=?Y_nd*VPWoxu#`be{(^TtREU;)%`-WS8-~a"
    "7M1Nyv?j)Bw<P1f6V7+vv4MTHXgikV{YY=t9QV%Rs28Kx&k`q&biWN}XbJbeZ}&Bw`n9fioa;M!giUQM`_WfO4s<=1puT=lvaZk!"
    "7rL(dk3K};)cd+VpB!?C?%5u0I&^G*-+7(VHZ2YJ82i0_{St^19Q7moW>?qOk~9wSL5Xo3*mo~<{Y2O2v=!((FFV+#ns)kaQ(xB;"
    "Q;D&Kww~~{ETm%R$w52IsnGJa-nM?6!d|Fejx0v9u7DW3nqWawqQ2-X(UCR^ef43D3#X~C>&@X_n$C=3EREwE^rIL@%eBJU*m}ae"
    "_M=EBG2wNm?n=Q?<b}o$I@fyD?#d=!jkYHeD}Fva?epPjpX=?{Wwq~<z}YQ3uOBYQTFXqhp-?iRPuNIqeJ1RCBYsg$nbwAWea+VE"
    "#z@BbqDH(S8IC;8yEfv@$tdyGPy>kH#Aw93j>+)`YAyikZR*x=>#CvOiL>?fXuI)LH$^W23uA01PpEs_*8OfcnB#`R9QSp7(FV^A"
    "2g%b=`*B-NeOKQS?`k#_I(f^fySL0c4^F(_*Kj_W)zE+*TR#floQ@;u6Ge?sjJi=+W!WIw>(upF-Wm}cB~~b=N#41NcSmeftWF!w"
    "my{aneT{3+zD}&^yQOkT;kdW8hZ5B1oq9u4ZrgETbyLp{e>(=J4mI_3y_p<K((Kr#wi9vM7rJ75W1A9W+>W+lVlr+=?%kH%YPGFR"
    "r@n5PzZ2<|b5FfYvg-(UVxO@Qc|<!Z-xFWBVwU4dLy_%?PW0Z{j2^&>gGgya^*N^=zq4YSVx(q6?fP|W-F_VENH;l?Ny5Es)4Ij>"
    "Hlm<wQH?tUWc75tsaeY6RCa9rI{E5OU!PdiQfqe#<F|W))*Jopf}nLLf_TLA+lgqqYE5J#@}8SovUYVCZ|hwhUfR}u=c=AlKhkyk"
    "mR6#dVDcxruG7wm3r}@-iFMx9W-qAMwcgp)0E<S%&ihV1L4>A*39zmGXhSJ6yC>d9wkLF5d9S+O*Y&oRVhvGpn|e<D)XKuH&iB}Q"
    "9A-BZgsJ0nT(^8=>)qkIPOUlIjf8B=sqYO@H3@5JC@9aSrcuHi?W&K>CB_+VjOe!-H=S{{1IN9gz6{sb^+i4Iz$yLV)cX-QGjU@x"
    "$xxxMxvA@I?IrC-UgEB;Uua)zSAFejPdCkJeY)!;?ivd7wLRRl>-5#I0b;`ei#ZbvciEk~`-FB<2-T|!rY>eY@tH;2T1!qqn&Q~B"
    "5q%jhp7x&J3J>auE)ppZT~D0vIOk)I+H-h%Peq4Kr=$37uZ98=960qOryk$Gs;t*m)GCHE;RJOx5V)bxcze1Ye0^X(v9lWur5kQI"
    "B@Jox6`P@^Qzv3=M6U~->K^NQmAZO2w4qV~@%;(nbR8$%)~~gZ?uMYY=>13A<ZR5u4{1k%&u-MT=rVu;{3+K=Wdh8L%?$<L+jLZw"
    "-qSzVO-;Rnu7(wF+s9)#8ve9yL%o$`Lp@ES2*YISmm#)ZffpL_r`%+EyLL-aoror~?*I-P$uFeESH+*wXy|XB1@(gv9utDr<BfT9"
    "F3EF0A{t*hV*bNXcu#yiEoglLBoUlQ*o7ZX(D%dIQfGJ0oEu{IAIjVv=%y8I0S_Hjbm%PnVYKZQpKobeAL^vBem|$9>#;cW9M#ry"
    "R9R2&VmDMuBB9cIjvlgKMN81Xr_(+S=K~nJX;FurJw?jIjm_jZqokF-@n~pvL%w%Uy;rxVUr203S%4=35_=-<$0p(TyyV-jU0q+W"
    "l6K^5h8(GnSR}mlqhY`1XxOhgik+4y1rRDr{beNEG_T&GO`M3`v!jSsE(`ut$%%0A$Ib#BYoui(`eIwmAIFZ1d#ty?Y<*YVZ{KcL"
    "Fgb%Xj6X9Jv*SsGez>sp1WTRho#3FJV3QNQ{nv;;D3=`ciO!bU`j&o5JNeW&zCX}S2~%>SK8$*yo8rLkbePvqt@~$(W19|jJ+Vxu"
    "(Vj}j>8P%4g#BLHrqdLA(P#Rlsh~cm72TP$;c}+GY!}oMk37?Fs|NL0f9s}0eM@3>&YachN0H~Hu6K1ku?y0VrV!WXwL0%RZ@xFw"
    "H{Gti#QS=+Is3Y=ZQa!$h-j!Uy&X8b*LQ-?L<*`A19(H>?dsNDJ=&V)_`XH6ddjeG>Y*ptqHlABp29+JYfF=W0yorapqILS<aBWw"
    "2}Rc%23a>$8tOpTd-^HC>qtGv!?h>kdLo{1-!j!ryXx`rH;JyDrk+zj9qy>F>+@=op)EMk^~K}@B|&GpDe;tsmb<=#Lu;s{&X!Ym"
    "XVglPS*3RxiFeeZZ-eO*aWL0+zO~s<si1g|yYB?cef5&%fz!0*)K8s`Yr}WdoP|Ep8`6E{7F;_`Tf<FmM^6|;d*aAxY9>V}Z0Zg-"
    "^`7i;B`F9h-=yma61Iou5WG0zh-L^S)@mjCG=Z&OIOKQt*89#oqPD57x#7Zzh5Pyo1-9<8?1kgr1WmC*Z>nTdJhi6tKT&M`RM%r2"
    "-E?sF%_s%m)ApyS;O=`){lL~^IczGpd!in`7SYsjcZ)@BI{(n5ss5qK!SHb6gk4jmh&FY7E;*v)TcY|Mr_fP);<YE;6nGskt&X+l"
    ";zUDJC5igF{xZ1)p>ByUv9C{G+NSdeTYaFLG)U>(Inmek#&CB{{WfD$ef2D^CqVJKsW;q|z@#)4I)2Nk?>Y5TU0>9TmUvBCH+7wQ"
    "V#GD4UU#~zJNG-B97Y?799VN0ir*ZD-ZvH0KJmo1V#!l`?Uw!oZcumMsA)#K_%T@%yZTM_aUYk%w;bt-KB^X(nV@Oi={uoPwk*WM"
    "5rU3(9&Np=$KBEXWHU09u_Ef&7Xg!X<s3F6#C+na7#`nLaQGwZcm}QUze{OGp!bB{>uC6ljg^`TFyB$L9nu0Fr3K=qILWN*-Qi36"
    "x<0Q}NJnjm&8rE;ADOszntF;j$(;e+)YJ94qHm;3b={rnf!&JI^{wGc5>IK_omt(Kc<|aVb=twcqOQli#vV{p;q((kIU1(Gk={ja"
    "DujMKqjUQ|b97T(Kl|J<Ivw?9(SdGi4tJDz)`j+tZBt?mE~2fsc*K{(=*^~jbD*Oggr-V%c6EIrisju4wcI9C+s)*Q2M115&uMbM"
    "o1#y2oqEryCq_^o9;7Rj*A~O5>qpLro|tXZc~;A*2TE^GtA!m$ly{Q<u;bjeCW7E*^nygZlskGG)YfB{!@fO{NKrJSoN~<AiLb6T"
    "qt_}n^@Exg-ff#&T6^v|&dQE{TiSkwD(*7zRjQ`*%7m@=Es?r<pQ#!D+ns0^rs;gvps8Mwh#z5hY2(%C>b#GxU+a2b4LoAW2mrsS"
    "?o|O{Q+*{lUX!k~P1;o7PCnH2c-g!9-N2?wvnPyX;@im%_gYAPS4}JSCc>fZYm|L63T<K^rT652Kx;Z^xn=}EipkP*Ht|)H>LQ^5"
    "dU`9SsooH{*7aR|KH+=yhR2@Z@SY>gy(jHcPrpCbRQu(27V&Fi3&X96`eO8A#hItxt4X-IwrTIlmlE|AJw2vt$6f0=pF7k|UFXKy"
    "@Kv!o?L{Nlaq8XSe^#JR_naOZNm55(buamX(Wd^74b5o(D#4Pc8g|i)5cV_9H!qqBM8E0OJ5D_olG9;Zaq7&!?<g@_ztHtqN%e>S"
    "w}@^%cj|F331>durqr)EH5Il#;nnvYQL+1zaXld_iI2}U<IP3ofA$@H(svX<-?3eN4NYoBfc2gl_~M?UocqHOvy0bh4(Iio!~db8"
    "srLk(t74sM>xWLguj?z8fBMe9ozhJ`r)h2Y!ENp0_MMkPn`$F%*SV^0IaWiCE!o43B)#~d@^_o!o!yma_v6&o`{6&vh?G`K{e#<c"
    "PbID6Am28H$PzcN-HP^m!j1Bl`tZSlt+%WkwDeX>FvFJmB3@7Rl1zfP^nYn}>WK~hmfFwQa_SxZ#PFZmIQ1X89{xwomdcH9s(C5h"
    "({lbNgs%5=J?4j2^7a43T}_8N*Lo~lA$l+()s_~^mijNIiEmff6HheNhnpIDiML|dLxkG&!e}k}w3w|o^h$J`&!x9i1lzMubYJw="
    "O<TI&axi}_72<VuJ@JWh+uGJt?Ku9jZCcR}P1xL4B4mkTf|d$4y1L%dOTA<NPeUuh&g|N;?C5|0W9ujSd{Yx_M<;t*|Ms6+wj!iZ"
    "%)DLwRhpJ|sx3myw)XU0E||0BykOi?pNOB+bL=`?+SRa&puU<!+FV8_LeO%o9J<bzAX>_M?(2Gjr|hoOu5J3E1M8MTvRvzW$2s5E"
    "^@bkB5AA-poHtrq>UGt)-qii|bP~zdPu2D66|a`_ifGGuMYN^AXJzY0&Xjv<1LR0I)iuBL6xK4))X>tQKJ*kZR?m5J$TqDz-6#IJ"
    "sBY@&`n-Lip{4y;M=A8|=S=jTMk_*1bnNJkb=232P!qAO>+5}>mXo<`CG&pqB}W>4&>GHewbYADF%A0mTkyKRsC8#w?J30_UD|id"
    "ZPT^>y6b8L0E;1etH~FNLKw=b`jS)P-y*I?I~4W}y-w5`8ix3Dg}QY|hi9wKmoGKUGD5|v6Y*<CtI?j=y4j10pWY4sUr!|Vt7^Ys"
    "UNu=yB6_(<E1FGPKaXB3I*NdqdwN#g80@QDl~seZi?Oh)(FRKRQ3@~ox{C6dR@MI*?Au=4<dAJj>;SB){~nll%}bwf-*wgJ+y};+"
    "BCBfdTRM2qCqmI#RWBNfXsszY=7p^%zAm|@Jinf<hjI8?^6O#OUKo_e|ITvWK5I+Esn?>cL{HUK{J0jqZM2~FkWW38iw_B~7Jq&x"
    "*}4;b$iHrH+|e(N+a?PWIaT*sc8b5|7AkoCKP%(<qWwo9w#m(yuPGC_=hXMT<iED*>Uyle*OLDhdCzHb9~3Ka-L&J>Pn}EReJ9-%"
    "jxb?+*CJbbr0Y%f5_9Nptl94)+IsXk%xDs)>Xr-L6o)Bm$!&*gr>Upw@ds+xoFIQK5~4MQC<{-xIN$Z;{|}5mk+<%AH-24xnk@z-"
    "ttVeWJkm{ZWVo(EsV!X(6PoJ^<`hcmy85cxk?#0H?@6skDq+_?XiKX{UGF>Jh_|Q1Z}51^U?jc{kT4j!Rlj0$pqs*f+Mz!=+t>BB"
    "uE)WeuAk^G6R$Ptrmn8Xsz*1)%a?f1Vm<yR9+Bl**Z<H@&olA$-Sr4L9~zeR=s!=#L^#xY*tXu&=iB;v`%Z4xvYy879(l=+X6@RJ"
    ")rO$D@mjx=Vc*oX+nJ|c;{9FaXJ{+Csfg3Jy<2GEfvqoU%JkKn(Ou8JYNP{`b>~I*bqzn#^`>QtzWNTleUMVK>htgFg=_bt@NM;4"
    "w#E8(?1_a4`y9W9*;b)?ob7E##OWzDbm5#hu=OA?i`}dC(0^}=TjLm`9YJAwdMNRmTYA5C-y7b)b#Mw7PE%jk<3QRr#Zj<rswKx3"
    "eV^BYICN{G`&e>yQ_q=4eR!NUTjY=-xh<)ij&(icA6@V0UJjD{6K`W4>84qYTnOI%)TiVB?WdbG10?<vW+S=ap=Y_J>kH~zrilyf"
    "zc1@Mt?tv@l{(On<hC+BeW%IYL$D`SoZH>kLfXlH$(H!iOMCe9plt<%+R=6U>4%u1E_C?WR&T;5Ho@C^n@=-aywlen{&;6wVS&!P"
    "aGO|Ja$AonocKqLx_)izi<-H&^hSfOC(hgd9F*8yZ$}RGrh0q~p+C1x_J5hwtoPDZ|A4n+GcWBZZE8F&^N%fTQ~Y0=+Qa{ex2-<b"
    "+0{>oL0N6}=}k?quqhPHZT%8YTm9G7c+R#dT(yn{O0=WB%tL$qj?VYBl~=NFN1<QzJ=ab1R`~4ux$!`DozKj*hhMwZO<PVq9?p^e"
    "&+YB#4c3H?-PNhTwtijJsk`U<P8UrpQoH)wu(rOgmHnPhu(nlRF~MP7or`FzH!9<odD?2{GVUvW-LM@wO|g#e>R7O?0{^b9CpRk;"
    "O}iS0qCdFa)Ag36-oAFwf_hDJ>Au7M`@^A~{eL3y%J1u)YYQ}qN44+#uM*qj^s<<E*R>tx_-C}9*>}EkVw)OIHl3(JtDL%p0LId?"
    "Z};hSFGuRti?(xZLiqNb&pfxI_%SB-4@Ve(I9lX~j=I`Tyy^aL09)^<^P&3c+4{BmC%ZNK|Gk6Lhn7H&0qN<j__q4Q;HC4Qw%Y1H"
    "3&hhrvj6SfHk~*Udg3tDNwjknO6aL$d~I|b6X$f8r%oM2NZSc|+ffE$(Wxgy;4HG8d$zu)sea}-a%WDs+>UlZXM=pr{~Ddh7Bc0`"
    "|1M|q#awnQn@RuI{l}Ny-xo99;Qf(z_i2ycE8gFii{9W<-Mecy`F-g<{P{rpp?CLvm-3RoW&ZZPyNw%fu(a;|ebw<Ec4jHxdV_br"
    "yus&=cmJBcu6|H{_3oB_dVk-1qJPTEmUmaX^zMEh)4u549sQ<{HSh21kKWzt5&d3Ku6uXC&%C?kJ@0O<>D`@oyuW{c^&aMLINxAA"
    "HSg|l&3iaHqrYA6es{%t{JiBo%rw2h+uz*7GrrSb@1ysy$^C~r-r)3&H>fkupY(nE&bz-__3l;}^F^J$rOyrT{_~7?e^~b(=Xvhs"
    "4)_0J{C&o;;XT&qXJ?N48CUbI_jvH$d#LU6{HAxmw&*?d&zaMzcVF*%_pP7Y`-S_yao;Na$+*8mgICNM`g~&k{Qmpqk9R-!8#=W("
    "|B?0|-d*d;8!Rt-gPC3Lu5-gUUVC@fGxRslyp|Z}d+7d+aY4U@Up$|2zx?Ih)mNDFTmHJ<;PoG_*<dX?-s9Z1cmMsCIWo`726R2;"
    "*<0TI#s&B9L7zSE@!gp>_;$`1pc}F1-P%jWy#g(NdiR&~wYcC7-u(0ihuhxWAI7l?kKBBNXIkF<C;Du$#;Z#_V~P3k{G->b>07RW"
    "E@ykt?6r6QgSoA(dyliwU>&|W{LVe^;gwCweQ$8G$(p?K9(K1GPtO~?WPPqKp$UC1{9rE3`4rw*++h8dyuthe>&>`6v1SJiXt+%q"
    "V?RIf9%oql-_Ut=jd`AVk6X}e;iGrI$5@ZwKnKS6<rDM!;5{7k{Pp+nPnYpRL!7d^iwn-xSOeDL2j^eSvIeW(;OxqK=-o2jW$(Vn"
    "c<Zuuzr4pcf4sr*9OL1-@9@W0WTyYpd$@(S`?KD|`4MzvJ%#r+xc~T=xqkHqE#%}YvU3Yfe=gF-J-b{_-*-y~tUveH;mzGP^W^$("
    "zd0xJxCR{<e-k;VeS_|w;YoPv8hX8^|HV`9q4URk*rJc$C*IvG^!Nj<mV^$_a|7O7LZ+`o){xni9^+=s-?NS@A{)@9&V38W!aHPP"
    "<<$H8&u7+%>znVOFKhAPmT|rG?&lAo?;^Z2&s>p#)op$w>qpn#-3RV%LGwTFXhUXd%zx_(^sjSmi|4UMC(Ln%zCRtYCdlKZ@Wngt"
    "VfHoSn_<4x37_xqRtKMX#_M0m{VXN-T`YL_xA5#D@?WcY4>#}$>wUNK#(UhReTg-!zhbQL+nW!J8y&KY++2ukqu-Fjhsy)*+wuOs"
    "ZNSUSe;L{@h%9jL5%RpzL(ZY+E%WUo54)`8ckb&!vu$KzxdX4fqd)Y(G4xqD@a}ggS9t!~ig&*WFC&}xyUhKXwfeK^J$8RE4*2Eh"
    "GxwY_wlnX(%la+A2aA2?z3e@1po1^qN$$C0Tn{~X@(_Nxg&x1r8($ey@2B?&{||b7@BSMy_6GgefVN*45A(TOJzyTRccIxX&-(@6"
    "UO}hr1#|#B*kfI8TJX`V_eg(#UsL}LZCJ~@@5n+AUHbBm_qciGJ$~SxH;c&07w>Vu2@if@-iO}c{MdW^2yOnXGbVJ!3iqzF?z=qq"
    "3>~qI?)na&t}H`a?)}_`&dAA<Jd3%#f;Q;d!RsUMVF?|vdV=iBIxwDF(PLZ8WyX74Kwq`67Z-ET33<O^jX!+%2EWh+UtXdoKS5*k"
    "?sx1`4Ou!t4rbuN)pPVQYx$0~yn;8D+VBB1`o@?RKVTb>iJ1?q^#;5L&;L1KJ?Qi85&ds@1LSjX%y_;Ce_Yd71A58*^u2(7cn^Qw"
    "u*PR1*K_Cu`rU>0E7+zB&MiaxIr?qQ(Ld{c1Py1H!!a`WiTO0);aS${X4QN634dR~e=X*Hj9yznXROlaCHne`Yp>tHQ_=@|{gv2T"
    ";ZuI^p!YAaZ@+j>kNMo5vnI^<9Xhgs9{mo_qk{*BqQB6O3#@JD)O$qV3|i>t_pIN~CFZg3-FLnq`|#pAbQhby#@Mcrw@>I@#y&vj"
    "J*@G}&ELrH3D3X9{>}3o<nt%vU1sd-*sss<|LRY!MfUJ3?k<oc=yd;0Y&QDnLi7-J=M)?C2Yqq)j(gS^Pn&hecAX#>qECPFw+er}"
    "#TH^q2jAAc!6kZQ2EILHeKxU)d+^vcy6!XUjIF=hVEn7-<>PDm$1m7LKV3nKv)}L}{=yRUIN!l;z@P81SD(<Iy;Ep>$QW7EPb<(^"
    "bO`Id0N>-I4KC5SOYqyW=%)*0iSd2KzFfiY=b|H+%V*^BH8S}DeRPF9EW^`h^ihNE&3UecJ`2qM`kM8I_da9uH%`zk_yT|6p*KA1"
    "tN1R=<@;CoWEQ*m8o59YSCExeWd4kGf!=pV$ohM1$1JkA3qKy$c{X}yndhCKVRO(KqW3<}F%M*Q8yc-4L(5(Is<C#+*JYbIG500t"
    "y^PMCf&Z4_vCr_%Aw0FpTyNo#73lnFpFWwB=+QQH?AZN*%n$$K-~+k@UHyl-x1ntvU-BpGbwS@hv1u#l+C}8L4t*LwSc~t_XpJ$z"
    "D?RRSas4XuI68-}(BKw&_E?t|^g0)Q<T*Fcw~mahv2K^}=>|UN?Pq9-?cT&s+vNE-JaYzHxx{n!;T!nr{sh{f7w_L-*L(277VS9m"
    "5A*1YE9}k}*7Y;`vW{=pN3Y13SCGXc#{8$xIPq()&`~$o#SN}qMgGqk-s5X*WCLFN4)5Xv-|wO$xA1RfnAd0c>iis?!hK&4z59>w"
    "{S|zQ9UdIZn&2~EVh>*7_q=0F=kiR}e3miIBNyMXEk|GZy$emD$Ck(!<6ptvoFU^&@F;W~{9#QGk?XZDtiAZVvR>HvZ`g`&o6H+q"
    "e2f3O2G75S{`fV2|3(g08S^^)`)=18>~Y=ix2z+-SKzrV@dN1p2tD|Laqqz=zv0y#bRsrkFpHhW$9;Syb{PHNL>DZ;M?KCrSkFs%"
    "=Mp|^UU~QUBaa*6!{alw#WzGZy%FD*x!}J(9I>uF`gkdPfL;6mue4a3CbD}1El!Y$x6J9V>pi^0UTtEl=eYMRW4uLYUt?p$pS~a#"
    "VEqR_;L9y&)Iv56`8#3UOVAv-c=(AfhG!po=(`X2f+y&i-}G5SF2ADtf1^+E{~uQ1#UA$X1V8MI^>4Ed3*Q+l^I1KF->?fi;yX#q"
    "z?!WRn_OUbzT%IpitoVl8?4#&j`y$uufTtIvo&lmK4P79V7>nS&3MskkDHgQG5ud7leawYC3Jg>U-y}DzGOW&==WOe9r|cq<eh7G"
    "R=J;Nd_`x7&X<^kV0AF_#=GB!w`btF&Rck{hEAD>7va-Q^u!Uq+8^jJSBKx=iJ#ZB<Inft$2z>U%{VWJ_pZ@#*yOt}*d4KBJ;w7B"
    "ozsE;KjULJ#ZQyCgSGj@{Cn72;>G)Go>|{O7on@)6ZdRjgI+_=BV<c_-(&c48UKD8KV%-;w~qbX!~g#Pz4y>_SJ3AJaZHP~*+6$~"
    "!VeeF^N=;f$G%&EU*;)~k<s6q&>X-11GaSYmi1=r>)1<p^Nw{Jw2-UM^noni3C%hG(C;&E;)7T44{^-H5xS%X|IPE9E%d+-^ciw~"
    "x5Bt@Bp&7dHgeR%KmN(O;43{em<zIc4-M~5ShH(<pACt3;qeZ(=>%Wt6LR($JK17QumO*6(6t?SywBX17}pFm=`)W@;voFUzpwGh"
    "X7S(l@P}vM=UHq}A6t8aOs)R#9<N_{gEl&3gLsqmef+?4FY&YSm+tU^9?+Zjm;A=Jy+36QHW=?7`tb*Pl33zynf3Vw4}B$m_`>sl"
    "p|j8dcdxMb2i&tLb^=*Hy@BV@N!#DO`z>_Ck6mIl;=Ehd?g*KA0}o&uA3k7z;n9b;;&U;sOK5tHFVMjkxQ1TK=wtEc@KFaJp&9hN"
    "f5kI5S@TQgddU5=&}<1g?;-b_#J3%2Gz0xaH!mT_??kr5=AoN@B5%mg-&gSI5xV^peFF^#XZQ>2@ZBsjaw9ek9X7-Ie5aoV^*`9D"
    "SLl!?I&2f0bIE*v(?9X#<A(T%#N;y0<s0w*NbDi9{$6}G@i`>M!j^o4zc$cGf6xu5#Mw*CuXD|Kh^>Ai8*9YQHDchV=yBxZjCGjB"
    "-@;dY++l3k>U-qj;UzLEzK_iL7(ech$Q-;sk59ZQF)?#_iT?bA54C~qA_lrYVJ<W9=uhO~9rn5Nk!Ok=LYp(_zAbu{_G9s3ke@C1"
    "XMd0NhrYx=cku7vBmORN+ymnp^oS{H%kaJI?;uygOPiv1#rB|^f3j}x(EI4P`#EI0$NU!23+Rr!9byLjs{1SasRq2c2A!@Lf4|4r"
    "@eyzF+vebrb*}r#9Q)X#p2P+CF4)}r*YN8a>$xHPBD{<KI}>}1Pu;?2ImZW_5x)aktw{Wjy!^gJe_#h|5-(v}U&|hZ@D6KR=iVA}"
    "xWzMW;4|dvevWmyL`PquQ+HUyOL%*OHLJ7k$k1I4{qPxjy>EJVU2MWH{G~%=j5QyuQl7B3pF~%&-kb0(@xmQ3+rt^Y-U52011;ac"
    "FY`y}pZD-O_Ggy$XwvT`>sD{!$6=>tWPb%;sfO*nWG&m`Q=xla^1NMSAD;R954!k<zL!KMc;;JV<Px2H#2Aj@g(m!RMjvO`&v)?F"
    "*B|f>{KT^d(CvN?nr)%iZ{W8E@y0wne}%nhp(EO~6FWW3aqctn^A){`96c=jVa<e3k^P_8mmB1I5&!&bllU0=Ug3Av;gL3dHzY>F"
    "c6=1w504Y$-<=|7$j0D;`CsE7-7t?!+3UduA>R)zY{AkcJi%J*!W*lyr-Yo%imk_=n}g?0SdZ77JLQ>-?fyXG7@0Hv;QJZ+Wqps~"
    "p(SjX=<O?P+8ny~)d~C#jjqI3$EKds*H8S@HHp#iv%a!6>+tX`<KAM-r;K3_UH(U&1?^v<-y7(~GyLEd^8W_?MT~K`4gbCtdBU&2"
    "C%D7557v2x%=I_+=}PwW&{_M)w#0_l_#GedHQzGMpYTVIIq%}{eZs!4)AtPX{fX=%A9uIVdKEe?@~l6|*mvS4e1m)Z)%(?N_ydfa"
    "=MTQX#|QWhC;07itn(H8^9Q{%ht9;$y88`%`q-0iqSsjaI_rCeF8PiuiXYvkuS?>Z8|+PkIg9`O7CGO7K3|Cw8jR-#9r6<1z4-)<"
    "xn>Jl{Q*s{8P~4tNwV&pWB3DofbZ}Ky&iuMqg-GUkj+Ptb=mWLg{`eK=eM8fAK9HlPG$e>H+Bf#y}Oq94_VlP$2#cvGxX9dytag2"
    "StllGh`-0U<r>+;sbQByr+*+``-&aFN4Yy@?B~b~wtvvXPriU|b>UNyck!*n=aW6-Gh#{l*n;;&hcBXQ`uHvv^z({wy}@>FAzPi-"
    "jC+B(p$9*pt0h+4`Hc+Yr>??hud#KTP4pP@w}4Lkxad86!7g9D@*WRY;SY4%2W;?9bkPDj<|8r17XDZto7q4I|M>=Q<3nQm?(4*f"
    "%jkp^c<CHkY_paN#802$fgW=|VjZ^N>rMxrg?Bf3CcJ$A6`q@8J&5HViMRg7cf9Y=H$LZJllbiw^!bGEHOpAAcaQVvj$hQ5e<0g!"
    "_zD`IA#c!da0OkO8^{y%xW(4UUKD=wpp74mj=n!cufCIgMR*auzsEOtG%*wWyapfOgZ+JtzI%)R_ZGg#&%f)!f6Le()@!iNI{#t*"
    "vj6u9-8_d+Fi+b#b7=AmZ2R3c>$i*jT*fE(eabcP*jgQ$!VmNG`wc&3_bca!`6M@R&6u&(gFfqYfnNQ{H8p6|75#-S`-7}}6#o)m"
    "XP200o;5mxMnCy|!8*Re=14vPf8ef%A9qTOafUB?OYHX&{y+G_y3sH5ygxyA|CU%B{W{n6?vIIS-XL4Qc;+H;EbIUGEwX|v4$!B6"
    "UqYix{MkkBZ9uEn@Z356$1JqOwmyDh-IrL0KD;u6j&2bfeZZgVz^}4z+ecncusJu_zZ-ZT-|_JRAMY3TwFbX_pdX`;uv5F@$8hfr"
    "KIGOB@`c|aI&YhJvrDXUh|WTH-Z7RtiD!@SLypizeRRaB`0vQ;AMD=d0&6FG@6ZiheZMDr_}{#{1MJg0amF%z*WuGuX!H?zfFB<("
    "hy_lt&$sv_HR7BL^xY=93fX^LK!<)oRyNQ}uX+9@bUI`{i>$rGo9o!jE$%%;H)A{Q=CQBuu+43F?E*jK8vZ$9exI;`Z=v-$e7y}l"
    "yYSa0x(5D#oPjoVo_h=5*I2hEb{zQ~d_%V9pyOwB^Bleb@z32d`sbMSyM@OZ*r^MAfOqK2HPMmyeB!5nMXxiLfviUdJ-dcJ*eCY5"
    "#pX6dk71v$(JO8A*cEnz*zoTQ@xhSEUB=r$ANR0DxA<ot-f$lOMEt&2=%_PnZXI1eBYSn|x;A~w9_w3dE<WDiEqeM5<Lk4=9r*qR"
    "zoTD+4#?q#%oBeTJ3ZJ$PU^_p6|(w=xKQ@ViJu=9&{<!g<u<k(KXS0i-yF|fMZVjz|H}Lt=;U|UTl|(g$)&6zvxm_7f^|NI)^G70"
    "iBkvj==>{Wy@8&Z$N%_=4v~BoYcat0yc0k3J$$gqH5<_T0^jE)W9VZqe<5$Lk;@I)>svrx;Nw^DDDl+&JTi2Nj2yB4@9_n$vAOTC"
    "gA3@%RjzN-{~CPWMCW2l9v85sv;5(UJ-$Y^XJt*Xv!9{wHGbQlYx+ZXtioFjcxMJ1cO(02JbxR0T1MwB;wQfT0pH^n?IYLdrMpG!"
    "%opgs$k-%Kt09k9tjTBLad_w@YkY&<_<_Fsz*@hDPj1m$uMhd#Va<1;BkL!7XJ63OYdo*cnC9?Dh;JSj(A$5O&{OEym+=3>FZ8GE"
    "6B8dTd_;%CpYY+}m*hz<p!GZWMR=37m`8R$<2&u5JLj0g3bMb=x)IY4-m|7Z(Ccf+$UHQfhi{JYTi1z0I<jv{{~HU81K;Tndb5U~"
    ")kd~<k-0wpMGu`h&s=8c<AOECCwY7YKfS|VFT%I$$cn@&8{)?z9}Va;#~Lmmw>!{(m6-Sp{nKC^hm3a}A8}rCyZ8}(*^gjO@3GHc"
    ";MpeUcA)`2>A?6f*qUScO`nTm*BHYtI_#(D4%Tp4;%juG#A)y0CGp8O@VoZ0=fC0M%YB}ME|Y!5Wq9Qse9?w}OZa15^tb4XIp`;O"
    "xmWN>i<o>1nfs02_{tj16Z6c&b2q2Zo4GECkA{!;3prrz?!RDrW&i8+nt7o&i4Pw?q32h=Fh~4!{G`E^_~ES23jB*dfB$WTYmluu"
    "bln>MIkG%Bm-t5P0{x%B-}CRGJG9({mzJ1M7yEvIPT58`+{zv(e#Z*2%^c%vqnAIxGw8Dc_dK-F>9Q}r#+oi*tB%pjZ}FvGA(Nt0"
    "zu`NaU~4`yUfBo6M|^ybu5RHgy^%d){I53l>Yc<%_-*IVq(gksf#)t5e+#-?imc)v%)rYx@ZC>|?a=)@$c^MB)|lT{Y}*Vr=PNq#"
    "ux23vl~O95tz`W|D)%2@0v=~#Ou+qIfC;#pLEnjg?qUKy%%Rs84JP1jW_<_~FnD{N#030YF_?hCr+JGBxc_h+U;-L%p2P$^&b9(f"
    "z&`8rnwWF1m&63zHXTgB#V{t|*Q*33;Bf}JufH3@1UznB8BD;#_U3<%30OrR<FjZ?z}*6TdGI>G1az_6Z+;m}z~dD*3OhBBeWNEZ"
    "0R!yg<J*SC1U!mu_`kpe+!L?<BPQT2KJOlKyo9ZK_bG`9IERi4=*>45{}vPQczHdH2_QZj{M>#L6Y$Vuo?D+oOaMMYf6ZV5?!-rP"
    "Fah^3Hw`A>LH6zb15Ci*7dtT~Kzx35z&~OFUTr>!3Ao3{8o~tZ9X^2xIJcO9$8U!LCg2oW&Mn87fU}PQCg9WC029zZjxhn(f(hVx"
    "f+N_$m)Vp3^Ul+lfCG4MR{Wil02A>0Hoyd|;M-lF8%)69_)=j4ek)AC&lnR>uf>>vSICL@Js+0?OhA7p#ss{b`DaW3{@MK^_WRrW"
    "1SVkcS#prA028qNY6uf>zXY%2yFPwwSxmsgCOp{bD@?#qfC<=Ni7^2`mIF)xGU{Ri1}*H?O+CN_yhR^u?fnZ(z^?!k@a-(X1Y9l0"
    "n1IFyg9&(8`;ou|JkGujFah0_026SC-JXR;-<bc8j==;x%D(5q0XhR+gf26ffUQe~3FrryfF1bxh`EWM?_dH3r?W98fU(`pod%eI"
    "z2g`Y0IwTNz~1}+0VZH3zyx5EAGSX~i3zy>1n-Dm(3pS){N-=R_Q#DF6VMeNV4dHd2bh43?En+-eaBz|9%qh|n1Hzt1{3f=tfesl"
    "_kZa7D|YSd<uE3o@g=|ne0py&0fWQyr!fJNyAVtOG!jg};PS1-1U!8B8e;-}!AHxCZ<fCH7}L=~0u%7Cv;RNB1U!CUb}#|o6(#^#"
    "kvw~2Ccp$-eG4!FJnvEVHIJF=r&mc#z&`%Q74(q!%whuYz0bJj?5Dv5Jj@dJb<uHa#4hu!&&RWWzy$0Cn1J^+g9*4_x(zS^KQ<I5"
    "VBTN?9yg)=K`q7vy!-qwF#-2AWcS;G!2~=k)svWj#@5rAfZxcO#0>@$fSg=Fd-2mwdH(FTr!fJnv&IAr@FNF%zyBjlz{5Ja>+oZM"
    "2@v{-y+D86pEI_X8&6{bu;mZX*kA&>J5OQ)9)t%qCgA++Ut<DJc*d*c02A;Ve#Dm)Ou*xJ)(ILKOu+TU6PSQ+0Vd#Z(O?4pzIh#B"
    "0!}s^OaQuS2OV>bO@DKczyv&QpmR4qF%RgrzhyB219;-`!%d6{Fnd`F6R`b7VFK`NS2vQFfW~!<2{`!?U;=(_2AF{6mcazvZ)_$o"
    "0T0Cf1{1KdH;f5rbKeHG7&{(g0$wFC0aq6>Cg5zwVgl}7?!$}t?ceeBuj~JS3Fr@D0`3~0v2$+%Ou(k#m6+!RbLk^PE9l6*vk((-"
    "8ejr$;rHJ+F(#mSG>i%OcJ<Ggfc{(p6Y$8oYfQky=Eg84pw|9>iV1j}T~1&E9+sA4Ouz}T3-;>q+gcJ6(Cr48fc={o6YvV1vn;k5"
    "zjd`Yj0re{M-~raOu)Mqwx6|Ht|u`8#Ptt*uh2ip!co^?0`6B%0!%=UXP@pWOu&JI30R3S0mzTR1RQP-V*=_M0Vd$bT!0DKYsHv="
    "%ef>bK=79DWUq~Q{7`tCd9J+=Faf=pf5Zel9IshSz{7idn^&)&#01=ZJvW$u!5+M@56^!iPFg^AE?95Y=>cEgVgdx4OMG|#=I0P5"
    ";Nj%_e}D-fR^R5Y`zFQ&T&%^I0AlyS>PL$SxSKnF0uylXkC=dgV10-~?$7r^Ou$8q30Ouqb-Vu=Cg9h%VN8JdsfPzKCP4NzkCDBX"
    "%%O(e_;3O5?8caY8a#M-lEefo*8)tyuMbH~z&>(RI}R`bn=1h(;OuvZ2|ypr*8dq3K)jm31ay{@n1IbcF(#med~8EA*1}){YJz)0"
    "$BJ*)**BPg$Iti)dkY2=Fc9q8sl-PY4kqAxfC>1xZ!rOn&6fct;Ow=<1U$Tg=eh?^V*+-W=gs$FOu$#hj9>Y%uoGhfh_3|`a5sAv"
    "V*&)@ywFQx0?xSR2LEvTT44h4nf|<a8WV7YK8EH4<o022|DQ1dlK1;}n1EN878CGrx*cNzUey9jz%qUle%OD63HY$h-_L)K2@riH"
    "d&57_y~2Mr?9TCzVNAgHy(cgMmkCV3WA|f-3Al7H0dE6Lz?_2#_<;`XU>i@b{{<#sdl(aNau8wyplkO_j0yOL|9SK)zyxffe`dcZ"
    "Ou+j96VOEm;0qZ{z^_jsCgAjGOu*XP026Sw9Ag5|bruuw3E%&0!(ajiZ{9tL2^j3q=UaTrS=M8vA7BC`@4C`Zn1Ig)6Yz*X^?1_`"
    "FaZ*)3MN2u+=2<X+KMp&lCKi|^dDdX9$L#uOaL;SzyvI88%)66_fCKbXvj0)g_wY&1Sa6_<x7PLSPC!!Z@U2|;MYlv3HU(#cX1qJ"
    "0$LjZCg7B~=k5HHn1K5_e&N+ug$cO*M@+yy{4SV)yO%RDCg7?OU;<9Il9+(?n}5ax{N9c+0at>vL>HnL{$otQ>91i-z&f$tZ)E&!"
    "$6x~P#IK4l0l&W_F##91Nld_-ufv#tP02ZZOkx7wtt2r4Vy6uzfafyThm&36M8RRT{uvYS>o~*&TqsOH??1u>JkG+~-){p<!1;E7"
    "3E1x?F#(sK15Chgp1=4ji3zyIp8SALuVw>GzzO~}ax(aH>pe>Rg+F?KbN(+d0Y5`bz(x`iATd~k3D~|dn1K5g^hjgYU;-ZD%>*W3"
    "6&=-@e;N~T5Mlxv{TLH)BN(@v028pj9$*6YzJ{29nSa0pz}J^64kiFQeewh*V2d^SzLmrT5UW~Dz~*9r3BWJ;pJD>;X6gYZ09hJr"
    ")D<QGdHVh#zy!2AAtqoU!~~$%*M3<{z@T>>V*>VAll^Z=Ou)C<VNAdc^qe^eFabXs0Vbe<{La3OF##_R6PSR<J(1(<Bqrb;&%548"
    "Vgg?BjGs5GEn|Ci8)E`Q?=PJsFaeL>iJ3mk#h8HhK@t-n_^ofOtK{6~v3Fm@?tU|vfWh|5022To8BD;--53+FgihZ6XfOfy=&gtP"
    "PK*gSzYH+}2mcxquqb;Vr%6n};U|L$csP9(V*;*;ITr;J@M{<oaNbT}0`AcH5hmacUKrFaVobp4ZHx(My?q)JaQfvx#{`^V?|vay"
    "r>8L{;JW)HCg6VdeTWHw$B2>c@C_{{0GWLtPSKcv$640+>rH?O5S!*=0$wg8F#(^^O&#K$Q*_p^OM?j*EUw3xfZzK`Oh8loan|mb"
    "Io03;Vz9w$^g-uj7!y#(e&MhEdrZJ9iwU@!N4NgE{%1@8di1VwVK4!Yv)2J8;Oy#YOu%&~zyxfc7)-$Z4fD7?Okx6FqmTQn#i!jQ"
    "Cg9bN023hb-iOZtCgA1QVN8HvxC9fhyD^LjINgac0k?}uOu*9ilbC>q54-;!6Cit+|2LR`my$m~_8agMdct4=&NL<f85BKPW1jHC"
    ";P-Bf33z*~FafOfJTiNJWHAAE=y{6?cn_b{-UpZf<mDb8HGv6eiXKDG=GK##fM4+I8+dNzWsC{vZ$6C)kQ`b96F>}xEE`O~*=c|Y"
    "Sl$gW0bfH*K;2*h?ss+=17m8kK5zE}Ou&lx178D7K>H+t33!~FO=1Gx!jFq{0Vd$vdVmSIK1pB#9^c^?)lQzk1ibwBn1F43g*S%*"
    "CSaaAbbAsLu)tc(!LJvm0VV*On7{;l=YD+Pf5ZfwZasks_?pB7Y@rW`DIa#wH76k^0G%FT0v_>09u95;Ou)X_yIOz=*xw$;1nl8s"
    "zWre^0e7q7pYIw>z+jG8@Sqo90(RdJ|9pxu0d;sB|L^hJyCf!H;eCt=fY<K#v7z{+cgrg=CO~kvuRAd&puH4e0@}#nAN(Zr^*>?)"
    "-Zzq%0Q9@X1nj>KFaZ)@KZOa9Ttyom-}n(@0$$;-y~aOz4Q~)v{WB(j`F?~p_;8PJp&>TeU;=KCiTd{d6R_P4Fah7ObvrA=n1H#}"
    "02A>3-4mFAMgkL1&Si`L-~az#snJwAlh2NNsnKkjLm|WAzpL4jlqG*8RiUh8pJyx6@}ra~m%UUvRirtc`R{6~!gc9q)w0y{SvmTp"
    "0>^4jem_qYM&*L%{;0Wftdx?cjHj|(GoC4o(&>09!<lSa4yDmjYOEqZa@m4uDEcMp&r&5Xl}nZK97n2h9Q7ys9A!3BkmGYM&J`z8"
    "97~y0nr?FypF=gDEtu=4Qqv4PpZY6X7^fUDFbID5)dKzJt7SSUq;k{cY*~I({5*Xy_;STB$q$~xb%pUvPL3rxna!u9Ql84l6_re("
    "z~c)qvKb*&F(u;`0tszPLS>4KTv8gZ%I|yzN|Y*DAzi65<(DSCRJoWLrCJ>gMpqp-gf&Bao+&{w%4{k)`P>&$PNhob$Rl6K&|l;-"
    "-bf~umjh=wawEm4pO+KqlJCp83HtG+UC1$#fsD`Pbj~-`LS~Gm9AWYtru_o_WG6YF^>hCCG-atWkxt2v@`PXXMslgqNjVlKGu)Ab"
    "M@+Z5Y+g=g<^CLV9`RY25g*PN@k{0k;gu1;GQpu*NT(p{NGUa%$w@aQs6HWujEqICOh}n!XmV%CpJe4JXf8=PRhF_kYKBlvkDDT!"
    "OPi~!xe+-)Ke(sJQ+S#Xs#;1*FV#{ZxU4Lvrs-%@Xgvy>W#OLDR373>QLL6J3Xp`Nh{&+i{K!_|1j<UaBzKiY%=uDUE-q!ps&cY4"
    "?#r>rxG0{>b(PGxUy=@l`$jX_oD5<VMw0>XL=nr;37#tJ&5weNX(ClJPo2m>bB<gj51)|5;yA^jIx@lq2vD9uBf6Z<rI1^WwC6IZ"
    "LbXU~Seha)qDfhh$K`zKmSvX9{j!WUCp4C7bwmzjGdy1&>Zi(P=DwlwsE@cYP(NRUM3kk1xw2fT!h544X{KH+$#nharZP3+b7?6h"
    "%Ml1a$G@a0lg>&dYgUvJNtS1ovLd1sm0;qme41l*G;3;AVH%3E9H)cfRYzoIXryY%R7+W3*0Ea3@f_wOY&kkDe9Dm0sVrQOMpZ!V"
    "w9#KM=43$>UpiGujik!bQXQX=*`!f6Mpf}6#{mW{OHr+Gl%<q{5wn2&K!eGZP)11357=6I%ZLJ#&hjZ_1(qz!5>v{-XcCHyIaSP#"
    "np)16b7kl-A|1f|(p=7(2b3o(h$UsEWG<_uvbl`hUCEfcpJ!!OndiQYBAXg7_%aH5Hp4=JamZ!zuuodZj+FDmh)6oilTCX$Wf*}U"
    "kgzOeFqh!say}b07KP_1D*+`%QFHK1Qt?M&3?UIcVh|`8F-ye{*4mta%p9i*75=<58qhaI-l)}dNfce$*raqR3-53&Omg()F{LWw"
    "Er~RzQ42=6(pA)08a6O0G>!5c^U~7=BWdVM_<<wpNT!mLBMqYyJ_oENvt#Lu2F##eJYi6DXolW}Zkeo6MVZ`)KgBU^erEzr&W~}K"
    "5T%(hCB`cF@jPXE$z`RFoIC_-@Nm&Nxilq|G=1cYnUY+Y=T?yce!vA8(*nD|A2P*^Xf_B!>5HJD%=2<GQ<8BP#ti8*g>hl;OyQX?"
    "jqs(ZRZ3=+GKJ?@f};7s>0&nU5cpB{F=NK;n-SqB6g`G1s+Y0JxiV@{3d2gWoJPAa$y_z~kuiJ(3&P&=EKyHzBI}ZQfrBAO<|Vb!"
    "3_ME_C_aAVs%cY-y3D-Dj8-eAEFoa>V<IKiGV{V0-pITtiY!rNOsDW6EJkU#CG(<^F=v^vmzmCp{qV-n=Q$C)F&W1giy-QpvLLld"
    "`6<gY2DjwoqP%F4v6MJ59LLS?im=RBO4JU=tXTRnEOkj1cPs@Dk0GxmjsahcWpfo%Ef~U6${LpC$GB<7ddRb~cs^rDnskeR2?epx"
    "MkkHsuugJB?l|%+icCrlFS6KTey~VmIUi4sqiDdfTy<>B8$<lK-7k&cM+9uaF*Ax>%MUT26yoDhRH_AY+PE8IVytC&rBpZ#1k>>K"
    "SP7m8f0QTCX8g#e<jSl_427^K6Ds-g6tUiN{0k#IhAv<@)qsn~P|h66aKJc@--~Gqra6vn6~?6$!%dN6t;bVk-zeenlo7#k;daJN"
    "nPrL;tRu&&xh4~c@HosV>pPxHrR5;>9~U#pD8_TrxwtQ^_qb4Q+|QW@VyFxs^MhG(EEnZy++#{P;Hii$9v4?dj=7v1<z647E?4+0"
    "8^@~Lie59NaZARlLSC3g?#FpC#|rctujb3%1n%%O$GlOz6T;p`G~_o91@}yduf)M0<v2CT;V<cM0wX1soH7T&DUA0;DQ&r;I4Bc="
    "wxN&%_D5zp;g9$na#?ZqDCLls=2G4-NLdbCp9yTbH&JC_CaSXN9J6U5$pkjvJgQnAG2<1x%wdvK)7Z+ihZ;!9f$PSm`2oXbjp>E>"
    "B8Ku2vuQaRolaR58O#;}Wk4wdq6jRhnD7^J%o>%<4^#p~%N9g7rC{h3OfxIhXH|1DA6#4(RY8$8J&W&<qcoa=A{$=yJZ01|Km42w"
    "Ni2T0oRjIHA9LoSN`|LA7w7I-%J?tOG9~8xEHjnKNuv)xJgYKFaax{L#T-9_12_}{iQ<R&=M<Bk8Ki_*a@k}CuPR3|J>tvSPG-}E"
    "%rr$oepm1S3*KZQJC>1S#e=zN$Qk#F<MaqN5lvX)z~dM+EH^HvO6DkvJV(5N*`%B*SEUQMN18LKF*)F|=Om~odt%%~g2cAv<S2xq"
    "kTd32VH|G5z%kyOs67~hvLtRkVvCo<y<)X<1Q$7JBaV=x{4CN-7W+a!I1e%hh#KDdTv#fXHN1^p<D8EZl#>`!XouTsF7T^zdK#YR"
    "COiNR1!O5_TttpC(CP~zZf@G#FpaZW_VOtMm!}+;Xi<I$e@c-P<~F`c9(#b?QplZo91;$NlnA5vaKZ$XhEXW1&?le5>zFY063^!-"
    "e32K)m6K(2hAC#vwH3MIMK(|Lkxxy-33<GB^QcT(F36;f_nXh;#hg$GuZapajipiJT;vUx=QBJuEd|r_5KI&W7A!3XQ7+t<4fLgP"
    "^+dPivuJiWCZBzgk?UTVb<X=ES!u-1!vqu}v3WmR4$m43z(9g=Vl#}7kq;s?6KEUC`C`8FBF*`#5TYu5;+$uT=0|xnC^9njYFUO{"
    "74LD}D~MZENCodNcm?7g_$9*+)V}zYOyaqi<U%HhrVE)VDpd)1N|gB#IpC(qCDTN@o^RYJc*nTg{>U?te}4oapf`WS3>Tfvn)_qI"
    "f+#>@u~E;LjSgc;If!o}HdI<fPB>!Cp(-YnCHsrBRk1BhxFCm;Xce?Rm!jYhBMBq%2c(=7f)!<pq$pm8(6N|$26M?(g;DWAC@WGc"
    "rsQBc!E)!Mm<+BLF)PAJECxl%mvhtkpgK*JdWHv!(l1IVSdpSE{DP~*TnRLc$WY=BQIt#^Lpdh&p_J(p#|B#{#*g*$QsOM&3l%5)"
    "iqBEpLW=3K2o+?TL|!C%5oRf73641C<baARW{VkP!ErGwGGftWp7GhrQWWH1Vgt&GQQ{I<__#4}O{#4ABu?c}l?5pp&t%m65Dyuz"
    "FC`rkR2pxaALAy%;749Ue9EE(XW||jzmy-(&9pJ&WmDv3Q7L^BfAa&8HC<<)n`xJ1tua&hT+$zmgPErsGqWuDxCf>^FWxF;u-7AY"
    "P3%pvBpz0=IwB5DVC0He1bV2N_=|#PREscOu`2RyE+~o26sL_|!7GPl7#crHBE@J=lpaU)jO?n&fxwJ{fR<x6SMu?F_)(CMg%Z6<"
    "LEs=46(%!s67Rq4iJvp=2@%bj^CKs-EoIEUjg+$0;)(YNe^F#iK+6w5C~=D_QdD#D=!}uHQpOldRv^$~vJ|E>qZ~>Z<73LYWKAL7"
    "3Wbq*aWf^<Wwl1DrpOqr$`9j9$d95g28JK96<G>mVCkq*3VIR?D^p>aO&8Cz8HkWE9&Tv@iIHPv0#an9XI42UN9hAa$esQuCY|*Z"
    "vX9D-q9<;xxxi3GY>!u}%C%MV>?&H(E6ZkCIW>k8Mv)V)qF^W-D;z4>@|ZMLd>nmBd16_1FLD11qWsIUsg#zYA`dGgo*9n#XDO*="
    "4gZ!$eI&a)3e!mtzz=38+XY3_Drx|ljrmvx3EbuJvK>*8qG~w2oC$n-<Uw4K@<fV2Tna2UN9e<`C<8(AiySj1mMM#Gg<O^=WapM+"
    "H7A#pWG_$_XDXFr`mBX?oz0oqWidr5Qwl$e^)`i}Wf`@`K^!5RtfCyAiyK{*9gVX15pv9PkkRGD!7S%x%cPtaz0Xmmibb20V@1yT"
    "MpKsa_(J7^C{>O{M#?<}GjxB{Y~q$t`%|J7aO=`p8H=B*8UZLXD>+EeR2DTZM|lEVYL0YJmNI9y9m;0&h9e`CXu2eY467(QkE7UW"
    "@ufLP5Wx|xC^QgRHbo|bykQ5^qOB-pm=)m%xRoCzV=N@<Hp8n(Cl#|1P65#>q6#<)hgHN^z%7>jNApAWcFUD%d0sUzf|R1<%hhoq"
    "p~N7DiK>NMc6>tGu>yuEs--bAdo)o=^cp{&i!ClsNf^WhQ`vmp3~eeriefKM=SO@|bo{_ZO)!dSd`@xY%hP3Xo+}6mPplX<UZzYJ"
    "eN#7lLzF!!hl;ewP8`LHtXB~w&qFEm##!eFY5;;%GKRA-ilX$zqc^#SN+xj8Dq_>bsgTG`yqZcTaCs^iw@Ep2(?l>MN}-=PHL0SM"
    "vWH!nFkzqk5I=*XQC^i`^Rkj<9f%)BOjBNbU9(&jf2_)ZNZX8>37UPuiZ5PV#eV^TSf$a)vJ_)uK{eQilbxFKnA}y8z`r89<T+Cn"
    "<yH~p$x(bs@%pC4r{YIZ4p<er!LN>(#;Q4B;wn=jOB|WSbTK0b<6~CG8L#+fhNMgny`4*WI5kGMo0*RLlw+c(DG(M4bOYoGlq^Rs"
    "g*}jBQSlT7+0d&Ns%7zwtA#0u=~asoUvpIv2F{ks9$sLnAeyEsTEz=4Mi1j4nGGeG!E@OkFG*?a<nvUpyZc-=+&H3ODxO$!SxyEa"
    "yPQ(WDjPk*dB`r8im&@zHfHjkm}K8G7J*=+B5v99EbAkh^?6o2zvmcB@gykCpb(L~I4hFrqUsARpUZ~06v8(gW#LeN;&P!@^5~)|"
    "38$t~A`?@o=hNPliO@}n`JxyZ#c3dDG+{2~n5cuPjA%wqXVcOLmNzE>A1fysdP;Q46eKa*fK%DBm~-TAB3(+!S=`4dKR3ofq8Z~U"
    "b1+YpMVKl{Mrum-*JZdR*(077O*);)6}{<fhSi<+$5Y;4xYGYi_5n)%|IQTtD>X7g9GV(QS4Vk5Y9!c7V~J8IuGB~&*h)%`n0y{V"
    "VA<sCM#}ik6w{JcG^t2QGiIb>cDW=gX_Aw^iGLHhNpnk>ku*EWHZduSEZMbm##CiL<GIRH`leNqak;F@RfbHG3SuxZ&>Rd?r^d{*"
    "Q^78pSj~#fWsb?>nvACOEirJ4LiU7A#&cY}ztp%GC$rCPCNb_8!o(*X$nK2Ef66f@CYSkS^JevI0yJBeZcG|f?4ikpmg8jTgrOS>"
    "K<>?rXP__TWGcv_=5n$!xxDPT;c56|k}D0)M9I>!BunugWm846riHA|nPwzoDwY*lESP}?VI*pn`|<_&aawYzCbcU2H722&mb~eN"
    "NuQ$Ig;vCDY2l}o7<j3Rj!zW|{<Nt{CRMVpM&+jpvNLS+sfB5iJq+`z#moy16Vj*TBjBK7u&amCk;h|<MrDnP(UioFisej6q-M4e"
    "#9x$^D;a+=nVQYYCLk1+tBfm`D#-?MswBS9XqdH?AL4s)wmeZ0vz;<KN7yEr4GV_hO_hyuN|oVr!;<CcoD8Efk;@1nDugwjWScnz"
    "1FTfc4OK}>MwwtPsiw1jG9hddadKrvvTnj|!X0QXAwZNIp2RnlADOZ!kkph!eW|I*Fl%f~NovZZQd2Kv&Nhdf`m2&*f`5rbj3A#J"
    "M$t$kDcQ#zK`!7=%5jO@C{2E8gvUt=Hx*`GVH)43C_IxRYeDcal9C`}#HhTH)KqXAY&Mb!(x4+5ldcZ(&*RmC<f=^qIm%SC4kMX>"
    "y++W-l9|M=N|a_2)~2~q2`-kcm642b;cOlodXIz_aYRC!k?feLZ22)hZZh6kBrHn-KeJ4d<u3T6CUA)p;1ZK&f<(Av!AE7IY(zHs"
    "N3v6y%%t3v3j&xC*?u1(EUieR=#LS9#5k`ov>7!HfDpik-SLXj<}z4%B-l?F5j|&f<fG=k=OVnsY`Gwb{=)P!9qg{hsd3?wk?P2Z"
    "Npy=NQjQbjV`HWmFApWjCCeoFaao^gIcstZBUKY=j8vzC3;+5{YSXAOdGfT;G9%MPlVeUvY&42uHmUNoJasfRmWeXz&#H2E(j?c>"
    "A|`)MWFVo9{4ASfui=g`EiT@E!Q^Yr4le{ql~l4EFM2e{sf`AQlG(NyoyZBqK=S3rtsFI8_h?r9S(_Oz2@{NF17kXh1y92-CSjh%"
    "GLGiZ!jcy^3Gr$s%6W@!9rdY5-dkETFT`Sw`p{IWk~#N7lQYVqN;T)3ggC1@>ig13(d5TVK?hNSykZ;;F?BKnmRF^{t0SDLV&=q&"
    "9Id9)!a<{~qa?B=aF^2sBhaJOVnAU@Z8L-E(STM_hI@3nU>v(NCfg)MQ)x+UOZpVU6{Ns(CIw!U1o(KcWrk@jnsY{vrN!$^rz*ky"
    "!rVcAT(Y#OX>oEX|1vq}Fc&Uq;7qVDFRjG$WoaK1u}I7QKt>Yh6VvH1Hy&ibB^oi;=Tg(AL@0yMMbhKJDL?I-Y>Zg@36uRcx$Uf+"
    "o5J!)Cj5o$tV)lVc9R1)8So&}&AOFL8ag|kHJR_K$%4xivW0@lamzY|sc*TW6pkuRYYW4sjgw39*I(0;+!psR?Tfxl`!YG<jI?hk"
    "=I1b8iHtW+p`4Wro7`N=2l?-^K_S2y^0>fdPn+bn$%mW7naP5egVeVaexTOVrK(AVPX~E#S#NZKbQ34TWmZ*@&@eBa%LOopY97;<"
    "u8MT0s{~FjRL;C=bZnY9Sk49+bR1I#EB<HDaqvu&R~J%Fmn9b|8TL_0txIrk)9jLQH(X?L3TCx3qaw<(S?%WD3w~Z)gUqN2bU82k"
    "@|m<r$Y*6(VJ@B@8RRY_F_S^LWX7R=X50_$cE&`pQNrFtyfBz~h|S)YgXFwCAWY4hjJQeAOYSKh<mn|1KVow58Iwbouo)(;gc*Cu"
    "%jc_RpKB-uKan!(9G7Aob!2n#qD(RcqZ%^>1AxdB1o|acmb2r9M4n#K^Ztuzor>oeuqSdG00&A2Hc+0#qA}dEz==%uzg(8I8=MiP"
    ">m_}}eWDMgwK8F-UCI78O!7n)zbx7N;87+QmNv<IQALuxH)-~Xlu6}hRbKwTMO~T9y-B{m5bt}8h(MktnfI#6od;Q9*#)Ot$-c`m"
    "my5ISLE62P53UOm?$w;h-cJ>zrx)fH(LrMwlhej4u8QY32HTi4I84I9Sg$b_Q#_h63Gt*TnG4~T=jO_aaWuv<67h~@BmncqvXW8H"
    "Vm4DzKHsG0jfEv(FbVZ6;ejN#4a1G$-j{7MKg!})g7Uds{X(cah5|8p`;2r1^UIz;Ka5n3`6*;G%H7MD{PA&VFdmr1-oaH8MG&Xt"
    "Bqkoig~;Yi+TIw)F-(h`ePM2&4l?-yN7VUw!77x*tr-hc$XL~6@T)?zDvHt!7>zM4nfu^^g5&|m1WZ>JK9cl(E@f^qfz?=56yvx="
    "?PUr>r}5Od{LU5<iGInZj7!RA+~n88tbVHcm!$Zg%VBDggH$tuwtGQ2I_Y!F&@Q4sp2=hUOu9e90{D^vlf1t~PB!}=`ikO$$ulOX"
    ")6ay2O5<6R<Ikq?OvYJA?#hk_o4rJJ@(|hE!aEob&>G{$8ypYPlLks4KmwC!8P7>%FkT=4CkV`2P{D{G9moCjSU5#l&~X;jP{^1H"
    "0Uijmc;jX^zMmeMma-UJFYtmCB?}Cp#7-0_s-?W?S6ru{lc_?8OehJ~K&B;7gNy<j$oQ&6_~W=3B532)Qq_}igOLR8-*^=_b$mKs"
    "5NR5pE~2}~r;RC|!0D?9m_RnGnBzoh+yr<Qu|O~r;1uv73W8(^xPL+%Jpm?&2Vt&%9yA;5f}r<C6^LQ9B98ooV6P^8fiK8HPvAlD"
    "h(Mzg1{?h1gxRQpLTJAj%z$zd_!vrUQg-l&9?iqJQ*7=;_L+HFc2Wjv)^{SChl9twiNJ4~KoWh9GKg%ji#m}FROW<8!-SuDA&`j?"
    "fl1(ROCk0~9wK{U6TV5QO!&T}!Y0I=$mXHUKL%1%G6qgzqU;H?!8T!}b)q^liiM&S*DnHFuucYRVSpBLZB-(nw8C4kd?C_8Tq{Bi"
    "2rw;<91ak6Yn)OBn3dozfMHYwhLOc_%o-mvi?dSpvg0{IIjoP*?6WWr(Q-C)7X+^%Iy5VcV+<2ct08%oU_u}i20<>^i6C8+EsR!6"
    "5jaEa4|f~vSGHi#Omf9|5X%vXVWAA}BE)J0zDu@X)V76g5TRuZz$3`Ij`FKmmHK}h{>~O8)m0W$hnSlH)M2`>2FZFsb4*Ghk+A?y"
    "eA9{H?f~IY5*I!Td4riH03Y(BT$O@F6g!p;?1kV!<Y@BiGWv?)rwAEh+_3;4Ql?Cs+W5FBj5>do3O3K5353AhQW6e+W;Otx$(FC+"
    "NK#XB_g{Z`&oU{5>sdy;&}T$O(?)ST%lJhmCFqk<St8A6X8VvLP<;lJLTh$hME6;ce0i1?k>?&+w`T;b91Kf8^G%2#2o`g5kV|>y"
    "=Y$H+P@8fy3P@}r4vj<(&#HnO5QK|ZkZ09EHwfxQU@emw(cjOixoHc5aUd_xs^V_Y?<6K6Re}#EQ)Xc%Wru}WHvq&GD<L?hOj(g}"
    "D3A;yKQ<PEWy+oz^JLa1Qkcvd#8(KNksni8Z&LC>q75bsnT&<g__A9uF2AZKIWb8*nDTP6rI|9?AeTxTqzr0CU?>61W>SzcXh03N"
    "DGEH-Vr~SbQwf1L!LDa6^*j~hZ&K5e%F78VI)vN^!bU~{RRzkD5e!Xc++bfa*>Zr%$(ve$rppB^;7O2Xnk$v+s9f~I$bC*AdJ35{"
    "DcGB|95MpG5jRMZLqYCGz&cY|1KkPWI(gYq7HO1@OmD>?-Q?nTo*R&lZ}>b1OPM(fS4m-}<BKlO`QwOQ&KHcAY<rk@63{-A0jQ@~"
    "G`E-1n2=(O^$FNjFhAxY&!x91)3YRD1^y!-pm769$-#880nZPt=ZKszK751^DhX7mJQ1UVBx91BF1%0>p_0!rZS<e0KgoMf8;Fnq"
    "W>U`tu@gar1a~D6p}ax%6y*k)yZ8lpv(u4JnV*uCfNT!#N4y*X{|JyrU_Ane3FByfWGVqD2(N0|G~~jDyq^_ZP@(FXz(jsCBXNNk"
    "xBz4FB3cm|h=mmxP+nS0v>+e_gA5XnqO2f5sY;9k8WnSv_l>z$IG~&?w}k@<IxR2qkoRTkf=Onwq9~?AY>@d;6~q(E7T#sDg&{sj"
    "{I7hKSdKobMm-WyiQ@#7MhsX89WFSnYO!cq4VFouL#8y&be@Gvaie4xWnR-ft`P2j6at+a!ixljT1XX8_9y|_YlkO{wh^~S8iTh8"
    "3aM)F0zyIZHU)7*r!^)iBV4YaNkObx$UulfrYP@e2wX{?l`%Rq1}#-9rhgM^6f#p44le|<lpT=+T8g8fXV6MA9$CAbl+Z#7I+BQ^"
    "kS#qIBaQtGtbV~a8|WCyN}!z!ep(*yo6T;VQpi)lz08?fNro#oiG`MHMZFV^7UU#?EKl~QCS(J;;2R2Kp~UnXyp;@Bls&h|f-wbR"
    "zVI|IOCb=qg6Yk?4I;ZA6S9{V0kcp+Xzp?Z(MnbF@_vPn!8Gx_#cH9Gc#1z#@L!m;Ux409nM*1LJ>-u(56+B=(-FeCMk~IIz)z#)"
    "eA$H&T_hWL*z^$VmCXf7AM{YgFr`0<m*^W@zi(bR3*lh&Ao3@uumGs<=UFRxVj-|TzJOGP(PX<+>^}<459;Rfz?Ja}xD+OrP3-1#"
    "FnjdAF9EC{zG{TaSTNP1Z$fCl81SGk?<F}{v{A{9m@VXT07a7`J1&qmlT(!$l?1#+yC6zDv(yNjkx8TBjZ*b|kwQNhS%74dCCdr#"
    "N>YwPMPARE^n3}G1DM;Cj8fdz0O-czq|KVVm=;#_jTCzRUlP(7ly5PWHjGy^2ueZx1XwmBOvM!XSL8j!z?Ea<TPkh9R4D`UEy@lR"
    "$Es-xREb<WRWNU<SrnW>32-7aVj|IEX0&Q7AciG~?utYfOrR)GR>7r(sJH+P=NrgX#%zYhm^cZOP(G4JC<fT9i2zh5bu&$ahbt>U"
    "T&mz3Se!g5*exh#1H?@+n=|rO4Dc|;Y{3K>vTq~V5e1eripgN+1Sb~;BSrj6>EwmDLdEP~f29mq&H(-bzoCd_FO>~qE&v%~?l??O"
    "2^^^Chq>3HA9$ukKW$zLDEcOVE{a5O6uVtCn4=<$EK`%M?IOGww3R9W{UtUPHC^=aoSCxWr=o;50;BV%(gs9luyKODGg!N{Mbec6"
    "WE{f^wjqc*8Qo}%l*3{cgP5oo*odM;v4WkOG~hv#$tYF@j8K#)l%A>vPgjx08|y%ms2whzmY43*F``a1X#}H_#AQiLMx|`vbOxGX"
    "!E|G$bv$EmbrMgO0%&l_I0kfEG-x`()|q-SE7g(&CkDY$GGT<gNl=hJrlq&P{8E6q6M$XD;OZpXR+3##DKcXm#sYj@2&|h3ux*4h"
    "rsvEv0V2>>MsOE7xk;!dkh`?t`2vh-DHEic1Y~Ehb3xEl%9KPy2V=~L)zGLp$qtk<QwFgIyZA9$ZbV*x6jdS<mF+P45SX`UA1)@S"
    "_C&nRle50iEo+=Qd9%;7nJvHwYG<%+@B%Dd3K>$;CNfT6vb7~&gxJ9FgebnexLfi~e-RkZL~Nxns4fMFM0xR0NEKrAFy5tVS{&3;"
    "RdSnL7q}V%-!p{?J4=Db0bR@z8&5#MGr<j#)Wshx6A_q9PKfjiyu@;9%wWn=n2ItyVvv9Wyb}LVP6yaG96WPXF#wLqo5STirNG)`"
    "qnsm)k0vz8z%<9Hyn&LXUig8gDW|5*-fUSCYau>RpjM+3BA*H$h)yhzGIfsCkyHo+EDHcoGNonFh8&F}6Ji17q`cZkZ`d&jF3Xwx"
    "|7qilwiDN3DEi*N4Ai$|0SODsag(pVXCEb$&df_(Qiy|MTSwA1<A1JDRkG8j#1x5TPP}?E5S_^<`|FhSkX55eotv=b8r{~qnE9%2"
    "Bw>z=N;btGzw8gCUiODnFKZfiWScQxT61+j^I5Kj-n_NBY5@8Y$ff+l7$QcmfQY)yCy&4GeU6$OI!5!ntkS>5CpK>Inrzz@p6@#D"
    "?A^7IGpg6sn;a{9qLI$#0CHTwE!7N5>J9kt?#FtFb{X~)_gL?9(ut0f4?-~kz~mDrvz-%{n1Rr$)l8Mdaq~I6ql=`6E5+rSIeJKd"
    "RBqKtjymJ<)o2mcG_EtL?}{Kt0am6<q3lrY)vG4V3wbQ8BK46MGuR09=%^Fi(RZoU900O$!YlZ}G?Ls)Xc3<5`C=6HunmS+!)|mL"
    "dts9>RD+JE)K1~%>`j7I4xmgvq2a0{g`e_<FP;apiMQ;q-3g9so2ZljVi_@CGj^LP>)Nv-T07~5+DDfwtCYGr?Tw4AgphKdpo}r!"
    ">pRNGGWUiwLPG>f?%){#8$F<blXc*JUWlV7ZwwUmVnAU)9S%owJrXm~(iXmIV|Ip%<!bu0zL3bLi)x|ZG0VOh&lbcQ&{n0GKLN=^"
    "CX-xb*Qbthez)NdKGL5_WU+jQzLW{co`j_1<G74Zf~9}Kk^Hv<@%)A(89Fh3nUK824=w4uaEv6IV>BHY&b6rtv}??{4_ShKIG<&S"
    "nZ0T;7l(6^Mfo?zazsdm35f(QvGshP4fup7gbaEkCl&L<uK>$KDux@`(M(AgI_c%bX&PZVV9Wx{AXA*oU(N{u2M$6<PlC|slhpW#"
    "c48DXL!RwZ!!YD~{S_LLB0w~v<yMPm-WL@(Az!39^@V2!?QGQ-318&9e99P|B1&}D4(z)Vp0g3nSkFddSM;MAn_`DO&%FH~%x9vO"
    "y7h$L+H~48Oj235k}Rl>E}OOqh=-!k$khCk2qnAc(+3K=?*ePn9lBRvje23BlRfNdlXR-g(I$&APFR~rqyU(()$sO)lrF_DdjhB1"
    "2w!?a9<|3FkF|$$zdzV1X@51&E4BxzDmC1#)qZ0syTluws_-jMbpO~xd!FPn*`0y%L~LSFm+%#npuZ1})xGC^nn9N1XpzKZ3v+sn"
    "(I<-&g2AN@`{uS~K=dq>@u<fB;$JyD%zrIp@)peu`@&@i4tkz&vE~w%l9$~nSt)8z+A_W)v-3Sc+9%tS_TH%(-~M7|340duhf)3}"
    "Xfs||B>rxL|L`KbP`ENyOOoViyq4Z2aGzZ48SS8K-9=;{3+S&Ro9PAG+8hUNd&Yw;gdX3<ZuMs7s_|QAxfi)Fdi9S%l#kAH@21(*"
    "e0dq}g8|r-?;Us&Vs`LC)cFAqnyg=S>wvCR*ISahR$QN54FY!m_DY4~b+q0cdx3{Bzk3<wM7n<{fcMBWb~3%Z6Ta%39B_9Xy|cNq"
    "@2aR@0OI?YlK4P@$yoG+fsqdh2d^-}zEfEjr`$8Xc94IN!QjNi^gZ`g_W49UsZ)_mK=20|_W3FAd!9F5p&9zFu)A{rzhGigxU0g-"
    "&`~l}N8H*<N9&FuuCC<Dm#kW9v=*;60hU@zj0qm=BQuPa`QvqNF1xPtI)7|~jk1v?+Kj(~C+mP4+QzSqI`fuw+6@Eh-naR49L{R)"
    "r?Gr&hS@g75B~#NGt|N"
)


def _load_words():
    raw = zlib.decompress(base64.b85decode(_BLOB)).decode("utf-8")
    out = {}
    for part in raw.split("\x1e"):
        k, v = part.split("\x1f")
        out[k] = v.split("\n")
    return out


W = _load_words()
BIP39_LANGS = ["english", "spanish", "french", "italian", "portuguese", "czech", "japanese",
               "korean", "chinese_simplified", "chinese_traditional"]
LANG_CODE = {"english": "en", "spanish": "es", "french": "fr", "italian": "it",
             "portuguese": "pt", "czech": "cs", "japanese": "ja", "korean": "ko",
             "chinese_simplified": "zh-CN", "chinese_traditional": "zh-TW"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ----------------------------------------------------------------------------- encodings
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58enc(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, m = divmod(n, 58)
        s = B58[m] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58check(b):
    return b58enc(b + hashlib.sha256(hashlib.sha256(b).digest()).digest()[:4])


BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bpolymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_addr(hrp, ver, prog):
    acc = bits = 0
    data = [ver]
    for x in prog:
        acc = (acc << 8) | x
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    const = 1 if ver == 0 else 0x2bc830a3
    pm = _bpolymod(hx + data + [0] * 6) ^ const
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data)


# ----------------------------------------------------------------------------- curves
P = 2 ** 256 - 2 ** 32 - 977
N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
G = (0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
     0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8)


def _padd(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == b[0] and (a[1] + b[1]) % P == 0:
        return None
    if a == b:
        l = 3 * a[0] * a[0] * pow(2 * a[1], -1, P) % P
    else:
        l = (b[1] - a[1]) * pow(b[0] - a[0], -1, P) % P
    x = (l * l - a[0] - b[0]) % P
    return (x, (l * (a[0] - x) - a[1]) % P)


def secp_pub(k, compressed=True):
    r, q = None, G
    while k:
        if k & 1:
            r = _padd(r, q)
        q = _padd(q, q)
        k >>= 1
    if compressed:
        return bytes([2 + (r[1] & 1)]) + r[0].to_bytes(32, "big")
    return b"\x04" + r[0].to_bytes(32, "big") + r[1].to_bytes(32, "big")


EP = 2 ** 255 - 19
ED = -121665 * pow(121666, -1, EP) % EP
EL = 2 ** 252 + 27742317777372353535851937790883648493
_gy = 4 * pow(5, -1, EP) % EP


def _xrecover(y):
    xx = (y * y - 1) * pow(ED * y * y + 1, -1, EP)
    x = pow(xx, (EP + 3) // 8, EP)
    if (x * x - xx) % EP:
        x = x * pow(2, (EP - 1) // 4, EP) % EP
    return EP - x if x & 1 else x


EB = (_xrecover(_gy), _gy, 1, _xrecover(_gy) * _gy % EP)


def _eadd(p, q):
    x1, y1, z1, t1 = p
    x2, y2, z2, t2 = q
    a = (y1 - x1) * (y2 - x2) % EP
    b = (y1 + x1) * (y2 + x2) % EP
    c = t1 * 2 * ED * t2 % EP
    d = z1 * 2 * z2 % EP
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % EP, g * h % EP, f * g % EP, e * h % EP)


def ed_pub(seed32):
    h = hashlib.sha512(seed32).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    r, q = (0, 1, 1, 0), EB
    while a:
        if a & 1:
            r = _eadd(r, q)
        q = _eadd(q, q)
        a >>= 1
    zi = pow(r[2], -1, EP)
    x, y = r[0] * zi % EP, r[1] * zi % EP
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# ----------------------------------------------------------------------------- secret makers
def bip39(r, lang, nwords):
    ent_bits = nwords * 11 * 32 // 33
    ent = r.getrandbits(ent_bits).to_bytes(ent_bits // 8, "big")
    return bip39_from_entropy(ent, lang)


def bip39_idx(ent):
    ent_bits = len(ent) * 8
    cs = ent_bits // 32
    n = (int.from_bytes(ent, "big") << cs) | (hashlib.sha256(ent).digest()[0] >> (8 - cs))
    nw = (ent_bits + cs) // 11
    return [(n >> (11 * (nw - 1 - i))) & 2047 for i in range(nw)]


def join_words(words, lang):
    sep = "\u3000" if lang == "japanese" else " "
    return nfc(sep.join(words))


def bip39_from_entropy(ent, lang):
    wl = W[lang]
    return join_words([wl[i] for i in bip39_idx(ent)], lang)


def bip39_bad(r, lang, nwords):
    ent_bits = nwords * 11 * 32 // 33
    ent = r.getrandbits(ent_bits).to_bytes(ent_bits // 8, "big")
    idx = bip39_idx(ent)
    idx[-1] ^= 1  # flips a checksum bit -> checksum always invalid
    return join_words([W[lang][i] for i in idx], lang)


def bip39_valid(words, lang="english"):
    wl = W[lang]
    try:
        idx = [wl.index(w) for w in words]
    except ValueError:
        return False
    nw = len(idx)
    if nw % 3:
        return False
    n = 0
    for i in idx:
        n = (n << 11) | i
    cs = nw // 3
    ent = (n >> cs).to_bytes((nw * 11 - cs) // 8, "big")
    return (hashlib.sha256(ent).digest()[0] >> (8 - cs)) == (n & ((1 << cs) - 1))


def electrum_seed(r, prefix):
    wl = W["english"]
    while True:
        i = r.getrandbits(132)
        words = []
        while i:
            i, x = divmod(i, 2048)
            words.append(wl[x])
        if len(words) != 12:
            continue
        s = " ".join(words)
        if hmac.new(b"Seed version", s.encode(), hashlib.sha512).hexdigest().startswith(prefix):
            if not bip39_valid(words):
                return s


def monero_seed(r):
    k = r.getrandbits(512) % EL
    kb = k.to_bytes(32, "little")
    wl = W["monero_en"]
    n = len(wl)
    out = []
    for i in range(8):
        x = int.from_bytes(kb[4 * i:4 * i + 4], "little")
        w1 = x % n
        w2 = (x // n + w1) % n
        w3 = (x // n // n + w2) % n
        out += [wl[w1], wl[w2], wl[w3]]
    c = zlib.crc32("".join(w[:3] for w in out).encode()) % 24
    out.append(out[c])
    return " ".join(out)


def _rs_polymod(values):
    gen = (0xE0E040, 0x1C1C080, 0x3838100, 0x7070200, 0xE0E0009, 0x1C0C2412, 0x38086C24,
           0x3090FC48, 0x21B1F890, 0x3F3F120)
    chk = 1
    for v in values:
        b = chk >> 20
        chk = (chk & 0xFFFFF) << 10 ^ v
        for i in range(10):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def slip39_share(r, info=None):
    ident = r.getrandbits(15)
    ext = r.choice([0, 1])
    e = r.choice([0, 0, 1])
    gt, gc = 1, 1
    mt = r.choice([2, 3])
    mc = r.choice([3, 5]) if mt == 3 else r.choice([2, 3, 5])
    mi = r.randrange(mc)
    bits = r.choice([128, 128, 256])
    val = r.getrandbits(bits)
    vw = (bits + 9) // 10
    data = []
    a = (ident << 5) | (ext << 4) | e
    data += [(a >> 10) & 1023, a & 1023]
    b = (0 << 16) | ((gt - 1) << 12) | ((gc - 1) << 8) | (mi << 4) | (mt - 1)
    data += [(b >> 10) & 1023, b & 1023]
    data += [(val >> (10 * (vw - 1 - i))) & 1023 for i in range(vw)]
    cs = b"shamir_extendable" if ext else b"shamir"
    pm = _rs_polymod(list(cs) + data + [0, 0, 0]) ^ 1
    data += [(pm >> 10 * i) & 1023 for i in (2, 1, 0)]
    if info is not None:
        info.update(mi=mi + 1, mt=mt, mc=mc)
    return " ".join(W["slip39"][d] for d in data)


def _u11(bs):
    buf = nb = 0
    out = []
    for b in bs:
        buf |= b << nb
        nb += 8
        if nb >= 11:
            out.append(buf & 0x7FF)
            buf >>= 11
            nb -= 11
    if nb:
        out.append(buf & 0x7FF)
    return out


def algorand_mn(r):
    key = r.getrandbits(256).to_bytes(32, "big")
    idx = _u11(key)
    chk = _u11(hashlib.new("sha512_256", key).digest()[:2])[0]
    return " ".join(W["english"][i] for i in idx + [chk])


def hexkey(r):
    return "%064x" % (r.randrange(1, N))


def wif(r, testnet=False, compressed=True):
    k = r.randrange(1, N).to_bytes(32, "big")
    return b58check(bytes([0xEF if testnet else 0x80]) + k + (b"\x01" if compressed else b""))


def xkey(r, private=True, testnet=False, depth=None):
    ver = {(True, False): "0488ADE4", (True, True): "04358394",
           (False, False): "0488B21E", (False, True): "043587CF"}[(private, testnet)]
    if depth is None:
        depth = r.choice([0, 0, 3, 4])
    fp = b"\0" * 4 if depth == 0 else r.getrandbits(32).to_bytes(4, "big")
    child = 0 if depth == 0 else (0x80000000 | r.choice([0, 1, 2])) if depth < 4 else r.choice([0, 1])
    cc = r.getrandbits(256).to_bytes(32, "big")
    k = r.randrange(1, N)
    keyb = b"\0" + k.to_bytes(32, "big") if private else secp_pub(k)
    return b58check(bytes.fromhex(ver) + bytes([depth]) + fp + child.to_bytes(4, "big") + cc + keyb)


def xpub_custom(r, ver_hex):
    cc = r.getrandbits(256).to_bytes(32, "big")
    k = r.randrange(1, N)
    return b58check(bytes.fromhex(ver_hex) + bytes([3]) + r.getrandbits(32).to_bytes(4, "big")
                    + (0x80000000).to_bytes(4, "big") + cc + secp_pub(k))


def sol_keypair(r):
    seed = r.getrandbits(256).to_bytes(32, "big")
    return seed + ed_pub(seed)


def sol_array(r, spaced=False):
    kp = sol_keypair(r)
    return "[" + (", " if spaced else ",").join(str(b) for b in kp) + "]"


def sol_b58(r):
    return b58enc(sol_keypair(r))


def sol_pubkey(r):
    return b58enc(ed_pub(r.getrandbits(256).to_bytes(32, "big")))


# ----------------------------------------------------------------------------- passwords
PW_WORDS = ["Falcon", "river", "Kestrel", "moth", "Tango", "lumen", "Orca", "cobalt", "Zephyr",
            "maple", "Quartz", "ember", "Nimbus", "otter", "Saturn", "pixel", "Viking", "lotus",
            "Garnet", "fjord", "Cedar", "Borealis", "Marmota", "gato", "Sirocco", "tortuga",
            "Hibou", "lupo", "Kirsche", "sakura", "Nebula", "Pampa"]


def password(r):
    s = r.randrange(5)
    sym = "!@#$%^&*_-+=?."
    if s == 0:
        a = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + "!@#%^&*-_+="
        while True:
            p = "".join(r.choice(a) for _ in range(r.randint(14, 24)))
            if any(c.isdigit() for c in p) and any(c.isupper() for c in p) and any(c.islower() for c in p):
                return p
    if s == 1:
        return (r.choice(PW_WORDS) + r.choice(sym) + r.choice(PW_WORDS).capitalize()
                + str(r.randint(10, 9999)) + r.choice(sym))
    if s == 2:
        a = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return "-".join("".join(r.choice(a) for _ in range(6)) for _ in range(3))
    if s == 3:
        w = r.choice(PW_WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0")
        return leet + r.choice(sym) + str(r.randint(1980, 2025)) + r.choice(sym) + r.choice("QWXZKJ")
    return "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
                   for _ in range(32))


# ----------------------------------------------------------------------------- public values
PUBLIC_PHRASES = [
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
    "test test test test test test test test test test test junk",
    "myth like bonus scare over problem client lizard pioneer submit female collect",
    "bottom drive obey lake curtain smoke basket hold race lonely fit walk",
    "legal winner thank year wave sausage worth useful legal winner thank yellow",
    "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
    "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon art",
]
PUBLIC_HEX = [
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
    "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
    "0x4f3edf983ac636a65a842ce7c78d9aa706d3b113bce9c46f30d7d21715b23b1d",
]
HARDHAT_ADDR0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"
PUBLIC_WIF = ["5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"]


def zero_entropy_phrase(lang):
    return bip39_from_entropy(b"\0" * 16, lang)


PLACEHOLDER_PHRASE = {
    "english": ["<your 12 word mnemonic>", "YOUR_MNEMONIC_HERE", "word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12",
                "<seed phrase goes here>", "REPLACE_WITH_MNEMONIC", "changeme", "your twelve words here"],
    "spanish": ["<tu frase semilla aquí>", "TU_FRASE_DE_RECUPERACION", "palabra1 palabra2 palabra3 ... palabra12"],
    "french": ["<votre phrase de récupération>", "VOTRE_PHRASE_SECRETE_ICI", "mot1 mot2 mot3 ... mot12"],
    "italian": ["<la tua frase mnemonica>", "INSERISCI_FRASE_SEGRETA"],
    "portuguese": ["<sua frase de recuperação>", "SUA_FRASE_SEMENTE_AQUI"],
    "czech": ["<vaše obnovovací fráze>", "SEM_VLOZTE_FRAZI"],
    "japanese": ["<ここにニーモニックを入力>", "あなたの復元フレーズ"],
    "korean": ["<여기에 니모닉 입력>", "복구구문을_입력하세요"],
    "chinese_simplified": ["<在此填写助记词>", "你的助记词"],
    "chinese_traditional": ["<在此填寫助記詞>", "你的助記詞"],
}
MASKED = ["****", "[REDACTED]", "********************", "<redacted>", "xxxx xxxx xxxx xxxx", "REDACTED"]
ENV_REFS = ["${MNEMONIC}", "${{ secrets.MNEMONIC }}", "$(cat /run/secrets/mnemonic)",
            "vault:secret/data/wallet#mnemonic", "{{ .Values.wallet.mnemonic }}",
            "${SEED_PHRASE:?missing}", "op://Crypto/deployer/mnemonic", "%(MNEMONIC)s",
            "${env:WALLET_MNEMONIC}", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:wallet-seed"]


def neg_value(r, slot, ctx):
    lang = ctx.get("lang", "english")
    c = r.randrange(10)
    if slot == "phrase":
        if c < 3:
            if lang != "english":
                return zero_entropy_phrase(lang)
            return r.choice(PUBLIC_PHRASES)
        if c < 6:
            return r.choice(PLACEHOLDER_PHRASE.get(lang, PLACEHOLDER_PHRASE["english"]) + PLACEHOLDER_PHRASE["english"][:2])
        if c < 8:
            return r.choice(ENV_REFS)
        if c < 9:
            return r.choice(MASKED)
        return ""
    if slot == "suri":
        return r.choice(["//Alice", "//Bob", "//Alice//stash", "bottom drive obey lake curtain smoke basket hold race lonely fit walk//Alice",
                         "${SURI}", "<mnemonic>//hard/soft", "//Charlie", "${{ secrets.VALIDATOR_SURI }}"])
    if slot == "hex":
        if c < 3:
            return r.choice(PUBLIC_HEX)
        return r.choice(["0xYOUR_PRIVATE_KEY", "<private-key>", "${PRIVATE_KEY}", "${{ secrets.DEPLOYER_PRIVATE_KEY }}",
                         "0x" + "0" * 64, "0x...", "REPLACE_ME", "****", "", "vault:secret/data/deployer#key",
                         "0x<your private key>", "clave_privada_aqui"])
    if slot == "wif":
        return r.choice(PUBLIC_WIF + ["<WIF private key>", "${BTC_WIF}", "cYourTestnetWifHere", "****", "",
                                      "5Kxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
    if slot == "xprv":
        return r.choice(["xprv...", "<xprv>", "${XPRV}", "tprv_PLACEHOLDER", "****", "",
                         "${{ secrets.WALLET_XPRV }}", "xprvYOUR_EXTENDED_PRIVATE_KEY"])
    if slot == "solarr":
        return r.choice(["[]", "${SOLANA_KEYPAIR}", "[0, 0, 0, 0]", "[/* paste keypair here */]", "<keypair-json>"])
    if slot == "solb58":
        return r.choice(["<base58 secret key>", "${PHANTOM_PRIVATE_KEY}", "YOUR_BASE58_PRIVATE_KEY", "****", ""])
    if slot == "password":
        return r.choice(["${KEYSTORE_PASSWORD}", "changeme", "<password>", "****", "", "${{ secrets.KEYSTORE_PASSWORD }}",
                         "contraseña_aqui", "YOUR_PASSWORD"])
    return "<secret>"


# ----------------------------------------------------------------------------- fillers
RPCS = ["https://mainnet.infura.io/v3/{p}", "https://eth-sepolia.g.alchemy.com/v2/{p}",
        "https://rpc.ankr.com/eth_goerli", "http://127.0.0.1:8545", "https://polygon-rpc.com",
        "https://arb1.arbitrum.io/rpc", "https://sepolia.base.org", "https://rpc.sepolia.org"]
PEOPLE = ["alice", "bob", "jmartinez", "lucia", "tanaka", "minji", "wei", "pavel", "giulia",
          "jdupont", "rsilva", "novak", "kim.sj", "chen.li", "ops-bot"]


def rpc(r):
    return r.choice(RPCS).format(p="{INFURA_PROJECT_ID}")


def eth_addr(r):
    return "0x%040x" % r.getrandbits(160)


def hexh(r, n=64):
    return "%0*x" % (n, r.getrandbits(4 * n))


def uuid(r):
    h = hexh(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def btc_addr(r):
    return b58check(b"\x00" + r.getrandbits(160).to_bytes(20, "big"))


def bc1(r, testnet=False):
    return bech32_addr("tb" if testnet else "bc", 0, r.getrandbits(160).to_bytes(20, "big"))


def cosmos_addr(r, hrp="cosmos"):
    return _bech_plain(hrp, r.getrandbits(160).to_bytes(20, "big"))


def _bech_plain(hrp, prog):
    acc = bits = 0
    data = []
    for x in prog:
        acc = (acc << 8) | x
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bpolymod(hx + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data)


def ss58ish(r):
    # Substrate addresses (public): base58 of prefix 0 + 32 bytes + 2 checksum bytes
    body = b"\x00" + r.getrandbits(256).to_bytes(32, "big")
    ck = hashlib.blake2b(b"SS58PRE" + body, digest_size=64).digest()[:2]
    return b58enc(body + ck)


def algo_addr(r):
    pk = r.getrandbits(256).to_bytes(32, "big")
    ck = hashlib.new("sha512_256", pk).digest()[-4:]
    return base64.b32encode(pk + ck).decode().rstrip("=")


def date(r):
    return "20%02d-%02d-%02d" % (r.randint(21, 25), r.randint(1, 12), r.randint(1, 28))


def who(r):
    return r.choice(PEOPLE)


# ----------------------------------------------------------------------------- kinds
NONEN = [l for l in BIP39_LANGS if l != "english"]
CHAIN_OF = {"cardano": "cardano", "cosmos": "cosmos", "electrum": "electrum", "monero": "monero",
            "algorand": "algorand", "slip39": "slip39", "suri": "polkadot", "hex": "evm",
            "wif": "btc", "xprv": "btc", "solarr": "solana", "solb58": "solana", "password": "evm"}
SLOT_OF = {"suri": "suri", "hex": "hex", "wif": "wif", "xprv": "xprv", "solarr": "solarr",
           "solb58": "solb58", "password": "password"}


def make_secret(r, kind):
    ctx = {"kind": kind, "lang": "english", "chain": CHAIN_OF.get(kind, "evm"), "slot": SLOT_OF.get(kind, "phrase")}
    if kind.startswith("bip39:"):
        lang = kind.split(":")[1]
        ctx["lang"] = lang
        ctx["chain"] = r.choice(["evm", "evm", "btc", "tron"]) if lang != "english" else r.choice(["evm", "btc"])
        n = r.choice([12, 12, 12, 18, 24, 24])
        ctx["n"] = n
        return bip39(r, lang, n), ctx
    if kind == "cardano":
        n = r.choice([15, 15, 24])
        ctx["n"] = n
        return bip39(r, "english", n), ctx
    if kind == "cosmos":
        ctx["n"] = 24
        return bip39(r, "english", 24), ctx
    if kind == "electrum":
        ctx["prefix"] = r.choice(["01", "100", "100"])
        ctx["n"] = 12
        return electrum_seed(r, ctx["prefix"]), ctx
    if kind == "monero":
        ctx["n"] = 25
        return monero_seed(r), ctx
    if kind == "algorand":
        ctx["n"] = 25
        return algorand_mn(r), ctx
    if kind == "slip39":
        info = {}
        v = slip39_share(r, info)
        ctx.update(info)
        ctx["n"] = len(v.split())
        return v, ctx
    if kind == "suri":
        c = r.randrange(4)
        if c == 0:
            return "0x" + hexh(r) + r.choice(["//polkadot", "//stash", "//0", "//validator//1"]), ctx
        base = bip39(r, "english", r.choice([12, 24]))
        return base + r.choice(["//polkadot", "//kusama//0", "//stash", "//hard/soft", "//1//aura", "//validator", "//ctrl/0"]), ctx
    if kind == "hex":
        return ("0x" if r.random() < 0.75 else "") + hexkey(r), ctx
    if kind == "wif":
        t = r.random() < 0.35
        ctx["testnet"] = t
        return wif(r, t, r.random() < 0.8), ctx
    if kind == "xprv":
        t = r.random() < 0.35
        ctx["testnet"] = t
        return xkey(r, True, t), ctx
    if kind == "solarr":
        return sol_array(r, r.random() < 0.2), ctx
    if kind == "solb58":
        return sol_b58(r), ctx
    if kind == "password":
        return password(r), ctx
    raise ValueError(kind)


BIP_KINDS = ["bip39:" + l for l in BIP39_LANGS]
# non-English BIP-39 lists appear twice: they are the emphasis of this set
GEN_PHRASE = BIP_KINDS + ["bip39:" + l for l in NONEN] + ["cardano", "cosmos", "electrum", "monero", "algorand"]
ANY_PHRASE = GEN_PHRASE + ["slip39"]
EVM_PHRASE = BIP_KINDS + ["bip39:" + l for l in NONEN]

VARN = {
    "evm": ["MNEMONIC", "DEPLOYER_MNEMONIC", "SEED_PHRASE", "WALLET_MNEMONIC", "HD_WALLET_MNEMONIC", "OPERATOR_MNEMONIC"],
    "tron": ["TRON_MNEMONIC", "MNEMONIC", "HOT_WALLET_SEED"],
    "btc": ["BTC_SEED", "WALLET_SEED", "BTC_MNEMONIC", "HOT_WALLET_MNEMONIC"],
    "electrum": ["ELECTRUM_SEED", "WALLET_SEED", "HOT_SEED"],
    "cosmos": ["VALIDATOR_MNEMONIC", "KEPLR_MNEMONIC", "RELAYER_MNEMONIC", "FAUCET_MNEMONIC"],
    "cardano": ["CARDANO_MNEMONIC", "WALLET_RECOVERY_PHRASE", "ADA_SEED"],
    "monero": ["MONERO_SEED", "XMR_WALLET_SEED", "XMR_MNEMONIC"],
    "algorand": ["ALGO_MNEMONIC", "DEPLOYER_MNEMONIC", "CREATOR_MNEMONIC", "ALGOD_ACCOUNT_MNEMONIC"],
    "slip39": ["SLIP39_SHARE", "BACKUP_SHARE", "SHAMIR_SHARE_2"],
    "polkadot": ["SURI", "VALIDATOR_SURI", "SUDO_SURI", "SIGNER_URI"],
    "solana": ["SOLANA_PRIVATE_KEY", "WALLET_SECRET_KEY", "PAYER_SECRET"],
}


def vname(r, ctx, style="upper"):
    n = r.choice(VARN.get(ctx["chain"], VARN["evm"]))
    if style == "upper":
        return n
    parts = n.lower().split("_")
    if style == "snake":
        return "_".join(parts)
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "kebab":
        return "-".join(parts)
    if style == "dot":
        return ".".join(parts)
    return n


def vstyle(r, ctx, styles=("upper", "snake", "camel")):
    return vname(r, ctx, r.choice(styles))


LANG_NOTE = {
    "english": ["recovery phrase", "seed words", "backup phrase"],
    "spanish": ["frase de recuperación", "frase semilla", "palabras de respaldo"],
    "french": ["phrase de récupération", "phrase secrète", "mots de sauvegarde"],
    "italian": ["frase di recupero", "frase mnemonica", "parole di backup"],
    "portuguese": ["frase de recuperação", "frase semente", "palavras de backup"],
    "czech": ["obnovovací fráze", "záložní slova", "seed fráze"],
    "japanese": ["復元フレーズ", "シードフレーズ", "ニーモニック"],
    "korean": ["복구 구문", "시드 문구", "니모닉"],
    "chinese_simplified": ["助记词", "恢复短语", "钱包助记词"],
    "chinese_traditional": ["助記詞", "恢復短語", "錢包助記詞"],
}
COMMENT_WORDS = {
    "english": "hot wallet used by the deploy job",
    "spanish": "cartera caliente para despliegues, no tocar",
    "french": "portefeuille de déploiement (testnet puis mainnet)",
    "italian": "portafoglio per il deploy, non condividere",
    "portuguese": "carteira usada pelo bot de pagamentos",
    "czech": "peněženka pro nasazení kontraktů",
    "japanese": "デプロイ用ウォレット（本番）",
    "korean": "배포용 지갑 - 공유 금지",
    "chinese_simplified": "部署用热钱包，请勿外传",
    "chinese_traditional": "部署用熱錢包，請勿外傳",
}


def note(r, ctx):
    return r.choice(LANG_NOTE[ctx.get("lang", "english")])


def cmt(ctx):
    return COMMENT_WORDS[ctx.get("lang", "english")]


def envpath(r, ctx, base=""):
    if ctx.get("neg"):
        return base + r.choice([".env.example", ".env.sample", ".env.template"])
    return base + r.choice([".env", ".env.local", ".env.production"])


def pick(r, *opts):
    return r.choice(opts)


def lines_shuffle(r, fixed_first, items, tail=()):
    items = list(items)
    r.shuffle(items)
    return "\n".join(list(fixed_first) + items + list(tail))


TEMPLATES = []


def tpl(name, kinds, ftype, envfile=False):
    def deco(fn):
        TEMPLATES.append({"name": name, "kinds": kinds, "ftype": ftype, "fn": fn, "env": envfile})
        return fn
    return deco


# ---------------------------------------------------------------- phrase templates
@tpl("dotenv_mnemonic", GEN_PHRASE, "env", envfile=True)
def t_env(r, v, ctx):
    n = vname(r, ctx)
    items = [f"{n}=\"{v}\"" if r.random() < 0.6 else f"{n}={v}", f"RPC_URL={rpc(r)}",
             f"CHAIN_ID={r.choice([1, 5, 11155111, 137, 80001, 42161])}", f"LOG_LEVEL={pick(r, 'info', 'debug')}",
             f"GAS_LIMIT={r.randint(3, 9)}000000", f"ETHERSCAN_API_URL=https://api.etherscan.io/api"]
    return envpath(r, ctx), lines_shuffle(r, [f"# {cmt(ctx)}"], items) + "\n"


@tpl("hardhat_config_js", EVM_PHRASE, "js")
def t_hh_js(r, v, ctx):
    net = pick(r, "sepolia", "goerli", "mumbai", "bscTestnet", "arbitrumGoerli")
    var = vstyle(r, ctx, ('upper', 'camel'))
    return pick(r, "hardhat.config.js", "packages/contracts/hardhat.config.js"), f"""require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

// {cmt(ctx)}
const {var} = "{v}";

module.exports = {{
  solidity: "0.8.{r.randint(17, 24)}",
  networks: {{
    {net}: {{
      url: "{rpc(r)}",
      accounts: {{
        mnemonic: {var},
        path: "m/44'/60'/0'/0",
        initialIndex: 0,
        count: {r.choice([5, 10, 20])},
      }},
      chainId: {r.choice([5, 11155111, 80001, 97])},
    }},
  }},
  etherscan: {{ apiKey: process.env.ETHERSCAN_API_KEY }},
}};
"""


@tpl("hardhat_config_ts", EVM_PHRASE, "ts")
def t_hh_ts(r, v, ctx):
    return pick(r, "hardhat.config.ts", "contracts/hardhat.config.ts"), f"""import {{ HardhatUserConfig }} from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";

const config: HardhatUserConfig = {{
  solidity: {{ version: "0.8.{r.randint(17, 24)}", settings: {{ optimizer: {{ enabled: true, runs: 200 }} }} }},
  defaultNetwork: "hardhat",
  networks: {{
    hardhat: {{ chainId: 31337 }},
    {pick(r, 'sepolia', 'holesky', 'polygonAmoy')}: {{
      url: process.env.RPC_URL || "{rpc(r)}",
      accounts: {{ mnemonic: "{v}" }},
    }},
  }},
  gasReporter: {{ enabled: {pick(r, 'true', 'false')}, currency: "USD" }},
}};

export default config;
"""


@tpl("truffle_config", EVM_PHRASE, "js")
def t_truffle(r, v, ctx):
    var = vstyle(r, ctx, ("camel", "upper"))
    return "truffle-config.js", f"""const HDWalletProvider = require('@truffle/hdwallet-provider');
// {note(r, ctx)} - {cmt(ctx)}
const {var} = '{v}';

module.exports = {{
  networks: {{
    development: {{ host: "127.0.0.1", port: 7545, network_id: "*" }},
    {pick(r, 'rinkeby', 'goerli', 'sepolia', 'bsctestnet')}: {{
      provider: () => new HDWalletProvider({var}, `{rpc(r)}`),
      network_id: {r.choice([4, 5, 11155111, 97])},
      gas: {r.randint(4, 8)}500000,
      confirmations: 2,
      timeoutBlocks: 200,
      skipDryRun: true
    }},
  }},
  compilers: {{ solc: {{ version: "0.8.{r.randint(9, 21)}" }} }}
}};
"""


@tpl("deploy_sh", GEN_PHRASE, "sh")
def t_deploy_sh(r, v, ctx):
    n = vname(r, ctx)
    return pick(r, "scripts/deploy.sh", "deploy/run.sh", "bin/bootstrap-wallet.sh"), f"""#!/usr/bin/env bash
set -euo pipefail

# {cmt(ctx)}
export RPC_URL="{rpc(r)}"
export {n}="{v}"
export ETH_FROM="{eth_addr(r)}"

forge script script/Deploy.s.sol:DeployScript \\
  --rpc-url "$RPC_URL" \\
  --mnemonics "${n}" \\
  --broadcast --verify -vvvv
"""


@tpl("settings_py", GEN_PHRASE, "py")
def t_settings_py(r, v, ctx):
    n = vname(r, ctx)
    items = [f'{n} = "{v}"', f'NETWORK = "{pick(r, "mainnet", "testnet", "sepolia")}"',
             f"CONFIRMATIONS = {r.randint(1, 12)}", f'DERIVATION_PATH = "m/44\'/{pick(r, 60, 0, 118, 1815, 195)}\'/0\'/0/0"',
             "DEBUG = False", f'ADMIN_EMAIL = "{who(r)}@example.org"']
    return pick(r, "config/settings.py", "app/config.py", "wallet/settings.py"), lines_shuffle(
        r, ['"""Wallet service settings."""', "import os", "", f"# {note(r, ctx)}"], items) + "\n"


@tpl("helm_values", GEN_PHRASE, "yaml")
def t_helm(r, v, ctx):
    return pick(r, "deploy/values.yaml", "charts/signer/values.yaml", "helm/values-prod.yaml"), f"""replicaCount: {r.randint(1, 3)}
image:
  repository: ghcr.io/{who(r).replace('.', '')}/tx-signer
  tag: "v{r.randint(0, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
service:
  type: ClusterIP
  port: 8080
wallet:
  network: {pick(r, 'mainnet', 'testnet')}
  derivationPath: "m/44'/{pick(r, 60, 0, 118)}'/0'/0"
  {vstyle(r, ctx, ('camel',))}: "{v}"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
"""


@tpl("k8s_secret_stringdata", GEN_PHRASE, "yaml")
def t_k8s(r, v, ctx):
    return pick(r, "k8s/wallet-secret.yaml", "manifests/secret.yaml"), f"""apiVersion: v1
kind: Secret
metadata:
  name: {pick(r, 'wallet-seed', 'signer-secrets', 'relayer-keys')}
  namespace: {pick(r, 'payments', 'chain', 'default', 'web3')}
type: Opaque
stringData:
  {vstyle(r, ctx, ('kebab', 'upper', 'snake'))}: "{v}"
  network: {pick(r, 'mainnet', 'sepolia', 'testnet')}
"""


@tpl("compose_env", GEN_PHRASE, "yaml")
def t_compose(r, v, ctx):
    n = vname(r, ctx)
    return pick(r, "docker-compose.yml", "docker-compose.prod.yml", "ops/compose.yaml"), f"""version: "3.8"
services:
  signer:
    image: {pick(r, 'node:20-alpine', 'python:3.11-slim', 'ghcr.io/acme/relayer:latest')}
    restart: unless-stopped
    environment:
      - NODE_ENV=production
      - {n}={v}
      - RPC_URL={rpc(r)}
    ports:
      - "{r.randint(3000, 9000)}:8080"
  redis:
    image: redis:7
"""


@tpl("gha_workflow", GEN_PHRASE, "yaml")
def t_gha(r, v, ctx):
    n = vname(r, ctx)
    return f".github/workflows/{pick(r, 'deploy', 'e2e', 'integration')}.yml", f"""name: {pick(r, 'Deploy contracts', 'E2E', 'Integration tests')}
on:
  push:
    branches: [main]
jobs:
  run:
    runs-on: ubuntu-latest
    env:
      {n}: "{v}"
      NETWORK: {pick(r, 'sepolia', 'testnet', 'localnet')}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run {pick(r, 'deploy', 'test:e2e')}
"""


@tpl("gitlab_ci", GEN_PHRASE, "yaml")
def t_gitlab(r, v, ctx):
    n = vname(r, ctx)
    return ".gitlab-ci.yml", f"""stages:
  - test
  - deploy

variables:
  NODE_VERSION: "20"
  {n}: "{v}"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  script:
    - npx hardhat run scripts/deploy.ts --network {pick(r, 'sepolia', 'mainnet')}
  only:
    - main
"""


@tpl("jest_fixture", GEN_PHRASE, "ts")
def t_jest(r, v, ctx):
    var = vstyle(r, ctx, ("upper", "camel"))
    return pick(r, "test/wallet.test.ts", "src/__tests__/signer.spec.ts"), f"""import {{ Wallet }} from "ethers";
import {{ describe, it, expect }} from "@jest/globals";

// {cmt(ctx)}
const {var} = "{v}";

describe("signer", () => {{
  it("derives the funded account", () => {{
    const w = Wallet.fromPhrase({var});
    expect(w.address).toMatch(/^0x[0-9a-fA-F]{{40}}$/);
  }});
}});
"""


@tpl("pytest_conftest", GEN_PHRASE, "py")
def t_conftest(r, v, ctx):
    return pick(r, "tests/conftest.py", "test/conftest.py"), f"""import pytest


@pytest.fixture(scope="session")
def {vstyle(r, ctx, ('snake',))}():
    # {note(r, ctx)}: {cmt(ctx)}
    return "{v}"


@pytest.fixture
def network():
    return "{pick(r, 'testnet', 'sepolia', 'regtest')}"
"""


@tpl("notes_md", ANY_PHRASE, "md")
def t_notes_md(r, v, ctx):
    lang = ctx.get("lang", "english")
    head = {"spanish": "Notas de la cartera", "french": "Notes portefeuille", "japanese": "ウォレットメモ",
            "korean": "지갑 메모", "chinese_simplified": "钱包备份", "chinese_traditional": "錢包備份",
            "italian": "Note portafoglio", "portuguese": "Notas da carteira", "czech": "Poznámky k peněžence"}.get(lang, "Wallet notes")
    return pick(r, "docs/wallet-notes.md", "NOTES.md", "ops/handover.md"), f"""# {head}

- {date(r)} {who(r)}: created new {ctx['chain']} wallet for the {pick(r, 'treasury', 'faucet', 'deployer', 'bot')}
- address: `{eth_addr(r) if ctx['chain'] in ('evm', 'tron') else btc_addr(r)}`

{note(r, ctx)}:

```
{v}
```

TODO: move this into the vault before launch.
"""


@tpl("notes_txt_localized", ANY_PHRASE, "txt")
def t_notes_txt(r, v, ctx):
    return pick(r, "notes.txt", "backup/seed.txt", "docs/recovery.txt", "wallet/README.txt"), f"""{note(r, ctx)} ({ctx.get('n', 12)}):
{v}

{date(r)} - {who(r)}
{cmt(ctx)}
"""


@tpl("config_toml", GEN_PHRASE, "toml")
def t_toml(r, v, ctx):
    return pick(r, "config.toml", "config/bot.toml", "relayer/config.toml"), f"""[service]
name = "{pick(r, 'payout-bot', 'arb-keeper', 'faucet')}"
listen = "0.0.0.0:{r.randint(3000, 9999)}"

[wallet]
network = "{pick(r, 'mainnet', 'testnet')}"
{vstyle(r, ctx, ('snake',))} = "{v}"
account_index = {r.randint(0, 5)}

[rpc]
url = "{rpc(r)}"
timeout_ms = {r.choice([5000, 10000, 30000])}
"""


@tpl("json_config", GEN_PHRASE, "json")
def t_json(r, v, ctx):
    d = {"network": pick(r, "mainnet", "testnet"), vstyle(r, ctx, ("camel",)): v,
         "rpcUrl": rpc(r), "accountIndex": r.randint(0, 3)}
    keys = list(d)
    r.shuffle(keys)
    return pick(r, "config/wallet.json", "src/config/default.json", "wallet.config.json"), json.dumps({k: d[k] for k in keys}, indent=2, ensure_ascii=False) + "\n"


@tpl("go_const", GEN_PHRASE, "go")
def t_go(r, v, ctx):
    return pick(r, "cmd/signer/main.go", "internal/wallet/keys.go"), f"""package main

import (
\t"fmt"
\t"log"
)

// {cmt(ctx)}
const {vstyle(r, ctx, ('camel',))} = "{v}"

func main() {{
\tlog.Println("starting signer on", "{pick(r, 'mainnet', 'testnet')}")
\tfmt.Println("ready")
}}
"""


@tpl("rust_let", GEN_PHRASE, "rs")
def t_rust(r, v, ctx):
    return pick(r, "src/main.rs", "src/bin/deploy.rs", "tests/integration.rs"), f"""use anyhow::Result;

#[tokio::main]
async fn main() -> Result<()> {{
    // {note(r, ctx)}
    let phrase = "{v}";
    let wallet = MnemonicBuilder::<English>::default()
        .phrase(phrase)
        .index({r.randint(0, 3)}u32)?
        .build()?;
    println!("signer {{:?}}", wallet.address());
    Ok(())
}}
"""


@tpl("spring_properties", GEN_PHRASE, "properties")
def t_props(r, v, ctx):
    items = [f"wallet.{vname(r, ctx, 'dot')}={v}", f"server.port={r.randint(8000, 9000)}",
             f"web3j.client-address={rpc(r)}", "spring.application.name=wallet-service",
             f"wallet.network={pick(r, 'mainnet', 'testnet')}"]
    return pick(r, "src/main/resources/application.properties", "src/main/resources/application-prod.properties"), lines_shuffle(r, ["# wallet-service"], items) + "\n"


@tpl("ini_file", GEN_PHRASE, "ini")
def t_ini(r, v, ctx):
    return pick(r, "config/wallet.ini", "settings.ini", "bot.cfg"), f"""[general]
name = {pick(r, 'payout', 'sweeper', 'faucet')}
network = {pick(r, 'mainnet', 'testnet')}

[wallet]
{vstyle(r, ctx, ('snake',))} = {v}
gap_limit = {r.choice([20, 50])}

[logging]
level = INFO
"""


@tpl("terraform_tfvars", GEN_PHRASE, "tfvars")
def t_tfvars(r, v, ctx):
    return pick(r, "infra/terraform.tfvars", "terraform/prod.auto.tfvars"), f"""region       = "{pick(r, 'eu-west-1', 'us-east-1', 'ap-northeast-1')}"
project      = "{pick(r, 'wallet', 'node-infra', 'signer')}"
instance_type = "t3.{pick(r, 'small', 'medium', 'large')}"
{vstyle(r, ctx, ('snake',))} = "{v}"
"""


@tpl("makefile_var", GEN_PHRASE, "make")
def t_make(r, v, ctx):
    n = vname(r, ctx)
    return "Makefile", f""".PHONY: deploy test

NETWORK ?= {pick(r, 'sepolia', 'testnet')}
{n} ?= {v}

test:
\tforge test -vv

deploy:
\t{n}="$({n})" npx hardhat run scripts/deploy.ts --network $(NETWORK)
"""


@tpl("php_config", GEN_PHRASE, "php")
def t_php(r, v, ctx):
    return pick(r, "config/wallet.php", "app/config/crypto.php"), f"""<?php

return [
    'network' => '{pick(r, 'mainnet', 'testnet')}',
    '{vstyle(r, ctx, ('snake',))}' => '{v}',
    'confirmations' => {r.randint(1, 6)},
];
"""


@tpl("appsettings_json", GEN_PHRASE, "json")
def t_appsettings(r, v, ctx):
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "Wallet": {"Network": pick(r, "Mainnet", "Testnet"), "Mnemonic": v, "AccountIndex": r.randint(0, 4)},
         "AllowedHosts": "*"}
    return pick(r, "appsettings.json", "src/Api/appsettings.Development.json"), json.dumps(d, indent=2, ensure_ascii=False) + "\n"


@tpl("csv_wallets", ANY_PHRASE, "csv")
def t_csv(r, v, ctx):
    return pick(r, "data/wallets.csv", "ops/faucet_accounts.csv"), f"""label,address,mnemonic,created
{pick(r, 'faucet', 'treasury', 'hot-1', 'ops')},{eth_addr(r)},"{v}",{date(r)}
"""


@tpl("ipynb_cell", GEN_PHRASE, "ipynb")
def t_ipynb(r, v, ctx):
    nb = {"cells": [{"cell_type": "code", "execution_count": r.randint(1, 9), "metadata": {}, "outputs": [],
                     "source": ["from mnemonic import Mnemonic\n", f"words = \"{v}\"\n",
                                f"seed = Mnemonic('{ctx.get('lang', 'english')}').to_seed(words)\n"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return pick(r, "notebooks/derive.ipynb", "analysis/wallet.ipynb"), json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


@tpl("swift_test", GEN_PHRASE, "swift")
def t_swift(r, v, ctx):
    return pick(r, "WalletTests/ImportTests.swift", "Tests/WalletKitTests/RestoreTests.swift"), f"""import XCTest
@testable import WalletKit

final class RestoreTests: XCTestCase {{
    // {cmt(ctx)}
    let phrase = "{v}"

    func testRestore() throws {{
        let wallet = try HDWallet(mnemonic: phrase, passphrase: "")
        XCTAssertFalse(wallet.address.isEmpty)
    }}
}}
"""


@tpl("kotlin_android", GEN_PHRASE, "kt")
def t_kotlin(r, v, ctx):
    return pick(r, "app/src/debug/java/com/acme/wallet/DebugSeed.kt", "app/src/main/java/io/wallet/dev/Seed.kt"), f"""package com.acme.wallet

object DebugSeed {{
    // {note(r, ctx)}
    const val {vname(r, ctx)} = "{v}"
    const val ACCOUNT = {r.randint(0, 3)}
}}
"""


@tpl("cosmos_keys_recover", ["cosmos"], "sh")
def t_cosmos_keys(r, v, ctx):
    d = pick(r, "gaiad", "osmosisd", "junod", "simd", "evmosd")
    return pick(r, "scripts/init-validator.sh", "scripts/setup-testnet.sh"), f"""#!/bin/sh
set -e
CHAIN_ID={pick(r, 'cosmoshub-4', 'theta-testnet-001', 'osmo-test-5', 'localnet-1')}
MONIKER={pick(r, 'val-01', 'sentry-a', 'my-node')}

{d} init "$MONIKER" --chain-id "$CHAIN_ID"
echo "{v}" | {d} keys add validator --recover --keyring-backend test
{d} genesis add-genesis-account validator 100000000000stake --keyring-backend test
"""


@tpl("cosmos_relayer", ["cosmos"], "sh")
def t_rly(r, v, ctx):
    return pick(r, "relayer/setup.sh", "scripts/rly-keys.sh"), f"""#!/usr/bin/env bash
rly config init
rly chains add --file ./chains/{pick(r, 'cosmoshub', 'osmosis')}.json
rly keys restore {pick(r, 'cosmoshub', 'osmosis', 'juno')} default "{v}"
rly paths fetch
"""


@tpl("keplr_e2e", ["cosmos"], "ts")
def t_keplr(r, v, ctx):
    return pick(r, "e2e/keplr.setup.ts", "tests/e2e/fixtures.ts"), f"""import {{ DirectSecp256k1HdWallet }} from "@cosmjs/proto-signing";

export const TEST_CHAIN = "{pick(r, 'osmo-test-5', 'theta-testnet-001')}";
export async function getSigner() {{
  return DirectSecp256k1HdWallet.fromMnemonic(
    "{v}",
    {{ prefix: "{pick(r, 'cosmos', 'osmo', 'juno')}" }},
  );
}}
"""


@tpl("cardano_address_cli", ["cardano"], "sh")
def t_cardano(r, v, ctx):
    return pick(r, "scripts/derive-keys.sh", "cardano/keys.sh"), f"""#!/usr/bin/env bash
# {note(r, ctx)} for the stake pool owner
echo "{v}" > /tmp/phrase.prv
cardano-address key from-recovery-phrase Shelley < /tmp/phrase.prv > root.xsk
cardano-address key child 1852H/1815H/0H/0/0 < root.xsk > addr.xsk
"""


@tpl("cardano_wallet_json", ["cardano"], "js")
def t_cardano_js(r, v, ctx):
    return pick(r, "src/lucid.ts", "scripts/mint.mjs"), f"""import {{ Lucid, Blockfrost }} from "lucid-cardano";

const lucid = await Lucid.new(
  new Blockfrost("https://cardano-preprod.blockfrost.io/api/v0", process.env.BLOCKFROST_PROJECT_ID),
  "Preprod",
);
lucid.selectWalletFromSeed("{v}");
console.log(await lucid.wallet.address());
"""


@tpl("algorand_py", ["algorand"], "py")
def t_algo_py(r, v, ctx):
    var = vname(r, ctx)
    return pick(r, "contracts/deploy.py", "scripts/fund_accounts.py"), f"""from algosdk import account, mnemonic
from algosdk.v2client import algod

ALGOD_ADDRESS = "https://testnet-api.algonode.cloud"
{var} = "{v}"

client = algod.AlgodClient("", ALGOD_ADDRESS)
private_key = mnemonic.to_private_key({var})
sender = account.address_from_private_key(private_key)
print("deploying from", sender)
"""


@tpl("algorand_env_algokit", ["algorand"], "env", envfile=True)
def t_algo_env(r, v, ctx):
    return envpath(r, ctx), f"""ALGOD_SERVER=https://testnet-api.algonode.cloud
ALGOD_TOKEN=
DEPLOYER_MNEMONIC="{v}"
INDEXER_SERVER=https://testnet-idx.algonode.cloud
"""


@tpl("monero_rpc_restore", ["monero"], "json")
def t_xmr_rpc(r, v, ctx):
    d = {"jsonrpc": "2.0", "id": "0", "method": "restore_deterministic_wallet",
         "params": {"restore_height": r.randint(2800000, 3200000), "filename": pick(r, "shop", "payouts", "hot"),
                    "seed": v, "password": "", "language": "English", "autosave_current": True}}
    return pick(r, "ops/monero/restore.json", "scripts/xmr-restore.json"), json.dumps(d, indent=2) + "\n"


@tpl("monero_cli_notes", ["monero"], "sh")
def t_xmr_sh(r, v, ctx):
    return pick(r, "scripts/monero-restore.sh", "monero/restore-wallet.sh"), f"""#!/bin/bash
# restore the shop wallet on a fresh box
monero-wallet-cli --testnet=false --restore-deterministic-wallet \\
  --generate-new-wallet /data/wallets/{pick(r, 'shop', 'payout', 'donations')} \\
  --restore-height {r.randint(2800000, 3200000)} \\
  --electrum-seed "{v}" \\
  --password-file /run/secrets/wallet_pw
"""


@tpl("electrum_wallet_file", ["electrum"], "json")
def t_electrum_wallet(r, v, ctx):
    d = {"addr_history": {}, "keystore": {"pw_hash_version": 1, "seed": v, "seed_type": "segwit" if ctx.get("prefix") == "100" else "standard",
                                          "type": "bip32", "xprv": "", "xpub": xpub_custom(r, "04b24746") if ctx.get("prefix") == "100" else xkey(r, False, False, 0)},
         "seed_version": 59, "use_encryption": False, "wallet_type": "standard"}
    d["keystore"].pop("xprv")
    return pick(r, "wallets/default_wallet", "electrum/testnet/wallets/hot_wallet.json"), json.dumps(d, indent=4) + "\n"


@tpl("electrum_restore_sh", ["electrum"], "sh")
def t_electrum_sh(r, v, ctx):
    return pick(r, "scripts/electrum-restore.sh", "ops/electrum.sh"), f"""#!/bin/sh
electrum --offline {pick(r, '', '--testnet ')}restore "{v}" -w ~/.electrum/wallets/ops
electrum daemon -d
electrum load_wallet -w ~/.electrum/wallets/ops
"""


@tpl("slip39_shares_md", ["slip39"], "md")
def t_slip39(r, v, ctx):
    return pick(r, "docs/backup-shares.md", "treasury/shamir.md"), f"""## Treasury backup (SLIP-39, {ctx.get('mt', 2)}-of-{ctx.get('mc', 3)})

Share {ctx.get('mi', 1)} held by {who(r)}:

    {v}

Other shares are with {who(r)} and {who(r)}.
"""


@tpl("slip39_test", ["slip39"], "py")
def t_slip39_py(r, v, ctx):
    return pick(r, "tests/test_recovery.py", "tests/test_shamir_backup.py"), f"""import shamir_mnemonic

SHARE = "{v}"


def test_share_parses():
    share = shamir_mnemonic.share.Share.from_mnemonic(SHARE)
    assert share.member_threshold == {ctx.get('mt', 2)}
"""


@tpl("tronweb_js", EVM_PHRASE, "js")
def t_tron(r, v, ctx):
    return pick(r, "src/tron/client.js", "scripts/tron-payout.js"), f"""const TronWeb = require("tronweb");

const tronWeb = new TronWeb({{ fullHost: "https://api.{pick(r, 'trongrid.io', 'shasta.trongrid.io', 'nileex.io')}" }});
// {cmt(ctx)}
const account = TronWeb.fromMnemonic("{v}", "m/44'/195'/0'/0/0");
tronWeb.setPrivateKey(account.privateKey.slice(2));
"""


@tpl("bitcoinjs_bip39", BIP_KINDS, "js")
def t_bitcoinjs(r, v, ctx):
    lang = ctx.get("lang", "english")
    return pick(r, "src/btc/wallet.js", "lib/hdwallet.js"), f"""const bip39 = require('bip39');
const {{ BIP32Factory }} = require('bip32');
const ecc = require('tiny-secp256k1');

bip39.setDefaultWordlist('{lang}');
const mnemonic = '{v}';
const seed = bip39.mnemonicToSeedSync(mnemonic);
const root = BIP32Factory(ecc).fromSeed(seed);
module.exports = root.derivePath("m/84'/0'/0'");
"""


@tpl("python_mnemonic_lib", BIP_KINDS, "py")
def t_pymn(r, v, ctx):
    lang = ctx.get("lang", "english")
    return pick(r, "wallet/keys.py", "scripts/derive.py"), f"""# -*- coding: utf-8 -*-
from mnemonic import Mnemonic

mnemo = Mnemonic("{lang}")
# {note(r, ctx)}
words = "{v}"
assert mnemo.check(words)
seed = mnemo.to_seed(words, passphrase="")
"""


@tpl("yaml_bot_config", GEN_PHRASE, "yaml")
def t_yaml_bot(r, v, ctx):
    return pick(r, "config/config.yaml", "bot/config.yml", "conf/prod.yaml"), f"""# {cmt(ctx)}
bot:
  name: {pick(r, 'liquidator', 'arb', 'payout')}
  interval: {r.randint(5, 60)}s
chain:
  rpc: {rpc(r)}
  id: {r.choice([1, 56, 137, 42161])}
signer:
  type: mnemonic
  {vstyle(r, ctx, ('snake', 'camel'))}: "{v}"
  index: {r.randint(0, 4)}
"""


# ---------------------------------------------------------------- polkadot
@tpl("polkadot_js_keyring", ["suri"], "ts")
def t_pjs(r, v, ctx):
    return pick(r, "scripts/transfer.ts", "src/chain/signer.ts"), f"""import {{ ApiPromise, WsProvider, Keyring }} from "@polkadot/api";

const api = await ApiPromise.create({{ provider: new WsProvider("{pick(r, 'wss://rpc.polkadot.io', 'wss://westend-rpc.polkadot.io', 'ws://127.0.0.1:9944')}") }});
const keyring = new Keyring({{ type: "sr25519" }});
const signer = keyring.addFromUri("{v}");
console.log("signer", signer.address);
"""


@tpl("substrate_insert_key", ["suri"], "sh")
def t_insertkey(r, v, ctx):
    return pick(r, "scripts/insert-keys.sh", "node/session-keys.sh"), f"""#!/usr/bin/env bash
./target/release/node-template key insert \\
  --base-path /data/{pick(r, 'node01', 'validator')} \\
  --chain {pick(r, 'customSpecRaw.json', 'local', 'staging')} \\
  --scheme {pick(r, 'Sr25519', 'Ed25519')} \\
  --suri "{v}" \\
  --key-type {pick(r, 'aura', 'gran', 'babe')}
"""


@tpl("subxt_toml", ["suri"], "toml")
def t_subxt(r, v, ctx):
    return pick(r, "config/collator.toml", "keeper.toml"), f"""[node]
ws = "{pick(r, 'wss://kusama-rpc.polkadot.io', 'ws://127.0.0.1:9944')}"

[signer]
{pick(r, 'suri', 'secret_uri', 'seed')} = "{v}"
ss58_prefix = {r.choice([0, 2, 42])}
"""


# ---------------------------------------------------------------- hex private keys
@tpl("dotenv_hex", ["hex"], "env", envfile=True)
def t_env_hex(r, v, ctx):
    v0 = v
    return envpath(r, ctx), f"""RPC_URL={rpc(r)}
PRIVATE_KEY={v0}
ETHERSCAN_API_URL=https://api-sepolia.etherscan.io/api
"""


@tpl("hardhat_accounts_hex", ["hex"], "js")
def t_hh_hex(r, v, ctx):
    return pick(r, "hardhat.config.js", "packages/core/hardhat.config.cjs"), f"""require("@nomicfoundation/hardhat-ethers");

module.exports = {{
  solidity: "0.8.{r.randint(17, 24)}",
  networks: {{
    {pick(r, 'sepolia', 'base', 'optimism')}: {{
      url: "{rpc(r)}",
      accounts: ["{v}"],
    }},
  }},
}};
"""


@tpl("cast_send_sh", ["hex"], "sh")
def t_cast(r, v, ctx):
    return pick(r, "scripts/fund.sh", "scripts/seed-liquidity.sh"), f"""#!/usr/bin/env bash
set -e
TOKEN={eth_addr(r)}
cast send "$TOKEN" "transfer(address,uint256)" {eth_addr(r)} {r.randint(1, 900)}000000000000000000 \\
  --rpc-url {rpc(r)} \\
  --private-key {v}
"""


@tpl("web3py_account", ["hex"], "py")
def t_web3py(r, v, ctx):
    return pick(r, "bot/main.py", "scripts/sweep.py"), f"""from web3 import Web3
from eth_account import Account

w3 = Web3(Web3.HTTPProvider("{rpc(r)}"))
acct = Account.from_key("{v}")
print("balance", w3.eth.get_balance(acct.address))
"""


@tpl("ethers_wallet", ["hex"], "ts")
def t_ethers(r, v, ctx):
    return pick(r, "src/signer.ts", "scripts/airdrop.ts"), f"""import {{ ethers }} from "ethers";

const provider = new ethers.JsonRpcProvider("{rpc(r)}");
const {pick(r, 'wallet', 'signer', 'deployer')} = new ethers.Wallet("{v}", provider);
"""


@tpl("go_hextoecdsa", ["hex"], "go")
def t_go_hex(r, v, ctx):
    return pick(r, "internal/chain/keys.go", "cmd/keeper/main.go"), f"""package chain

import "github.com/ethereum/go-ethereum/crypto"

func loadKey() (*ecdsa.PrivateKey, error) {{
\treturn crypto.HexToECDSA("{v[2:] if v.startswith('0x') else v}")
}}
""", (v[2:] if v.startswith("0x") else v)


@tpl("k8s_hex", ["hex"], "yaml")
def t_k8s_hex(r, v, ctx):
    return pick(r, "k8s/keeper-secret.yaml", "deploy/secrets.yaml"), f"""apiVersion: v1
kind: Secret
metadata:
  name: keeper
type: Opaque
stringData:
  {pick(r, 'PRIVATE_KEY', 'private-key', 'SIGNER_KEY', 'relayer_private_key')}: "{v}"
"""


@tpl("gha_hex", ["hex"], "yaml")
def t_gha_hex(r, v, ctx):
    return ".github/workflows/deploy.yml", f"""name: deploy
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: foundry-rs/foundry-toolchain@v1
      - run: forge script script/Deploy.s.sol --rpc-url $RPC --broadcast
        env:
          RPC: {rpc(r)}
          PRIVATE_KEY: "{v}"
"""


@tpl("cosmos_unarmored_hex", ["hex"], "sh")
def t_cosmos_hex(r, v, ctx):
    vv = v[2:] if v.startswith("0x") else v
    return pick(r, "scripts/import-key.sh", "scripts/evmos-import.sh"), f"""#!/bin/sh
# exported with: {pick(r, 'evmosd', 'ethermintd')} keys unsafe-export-eth-key mykey
{pick(r, 'evmosd', 'ethermintd')} keys unsafe-import-eth-key mykey {vv} --keyring-backend test
""", vv


@tpl("rust_localwallet", ["hex"], "rs")
def t_rust_hex(r, v, ctx):
    return pick(r, "src/bin/keeper.rs", "examples/send_tx.rs"), f"""use ethers::prelude::*;

#[tokio::main]
async fn main() -> eyre::Result<()> {{
    let wallet: LocalWallet = "{v}".parse()?;
    let wallet = wallet.with_chain_id({r.choice([1, 10, 8453, 11155111])}u64);
    println!("{{:?}}", wallet.address());
    Ok(())
}}
"""


# ---------------------------------------------------------------- bitcoin keys
@tpl("bitcoin_cli_import", ["wif"], "sh")
def t_importpriv(r, v, ctx):
    net = "-regtest " if ctx.get("testnet") else ""
    return pick(r, "scripts/import-keys.sh", "regtest/setup.sh"), f"""#!/bin/bash
bitcoin-cli {net}createwallet "{pick(r, 'ops', 'hot', 'legacy')}" false false "" false false
bitcoin-cli {net}importprivkey "{v}" "{pick(r, 'cold-sweep', 'faucet', 'merchant')}" false
bitcoin-cli {net}rescanblockchain {r.randint(700000, 850000)}
"""


@tpl("bitcoinjs_wif", ["wif"], "js")
def t_ecpair(r, v, ctx):
    return pick(r, "src/btc/signer.js", "test/psbt.spec.js"), f"""const bitcoin = require('bitcoinjs-lib');
const {{ ECPairFactory }} = require('ecpair');
const ecc = require('tiny-secp256k1');

const network = bitcoin.networks.{'testnet' if ctx.get('testnet') else 'bitcoin'};
const keyPair = ECPairFactory(ecc).fromWIF('{v}', network);
const {{ address }} = bitcoin.payments.p2wpkh({{ pubkey: keyPair.publicKey, network }});
"""


@tpl("python_bit_wif", ["wif"], "py")
def t_bit(r, v, ctx):
    cls = "PrivateKeyTestnet" if ctx.get("testnet") else "Key"
    return pick(r, "payouts/btc.py", "scripts/sweep_btc.py"), f"""from bit import {cls}

key = {cls}("{v}")
print(key.address, key.get_balance("btc"))
"""


@tpl("descriptor_xprv", ["xprv"], "json")
def t_desc(r, v, ctx):
    fp = hexh(r, 8)
    path = "84h/1h/0h" if ctx.get("testnet") else "84h/0h/0h"
    d = [{"desc": f"wpkh([{fp}/{path}]{v}/0/*)", "timestamp": "now", "active": True, "range": [0, 1000]}]
    return pick(r, "wallet/descriptors.json", "ops/importdescriptors.json"), json.dumps(d, indent=2) + "\n"


@tpl("bdk_toml_xprv", ["xprv"], "toml")
def t_bdk(r, v, ctx):
    return pick(r, "bdk-cli.toml", "config/wallet.toml"), f"""[wallet]
network = "{'testnet' if ctx.get('testnet') else 'bitcoin'}"
descriptor = "wpkh({v}/84'/{'1' if ctx.get('testnet') else '0'}'/0'/0/*)"
electrum_url = "ssl://electrum.blockstream.info:{'60002' if ctx.get('testnet') else '50002'}"
"""


@tpl("bip32_js_xprv", ["xprv"], "ts")
def t_bip32(r, v, ctx):
    return pick(r, "src/hd.ts", "test/fixtures/keys.ts"), f"""import BIP32Factory from "bip32";
import * as ecc from "tiny-secp256k1";

const bip32 = BIP32Factory(ecc);
export const root = bip32.fromBase58("{v}");
export const account0 = root.derivePath("m/0/0");
"""


# ---------------------------------------------------------------- solana
@tpl("solana_id_json", ["solarr"], "json")
def t_sol_id(r, v, ctx):
    return pick(r, "id.json", "keys/deployer.json", "target/deploy/program-keypair.json", ".config/solana/devnet.json"), v


@tpl("solana_gha_keypair", ["solarr"], "yaml")
def t_sol_gha(r, v, ctx):
    return ".github/workflows/anchor-deploy.yml", f"""name: anchor deploy
on: [push]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: sh -c "$(curl -sSfL https://release.solana.com/stable/install)"
      - run: echo '{v}' > ~/.config/solana/id.json
      - run: anchor deploy --provider.cluster {pick(r, 'devnet', 'mainnet')}
"""


@tpl("solana_web3_fromsecret", ["solarr"], "ts")
def t_sol_ts(r, v, ctx):
    return pick(r, "tests/program.ts", "scripts/airdrop.ts"), f"""import {{ Connection, Keypair, clusterApiUrl }} from "@solana/web3.js";

const connection = new Connection(clusterApiUrl("{pick(r, 'devnet', 'mainnet-beta')}"));
const payer = Keypair.fromSecretKey(Uint8Array.from({v}));
console.log(payer.publicKey.toBase58());
"""


@tpl("solana_python_solders", ["solarr"], "py")
def t_sol_py(r, v, ctx):
    return pick(r, "bot/wallet.py", "scripts/mint_nft.py"), f"""from solders.keypair import Keypair

PAYER = Keypair.from_bytes(bytes({v}))
RPC = "https://api.{pick(r, 'devnet', 'mainnet-beta')}.solana.com"
"""


@tpl("solana_b58_ts", ["solb58"], "ts")
def t_sol_b58(r, v, ctx):
    return pick(r, "src/bot.ts", "scripts/snipe.ts"), f"""import bs58 from "bs58";
import {{ Keypair }} from "@solana/web3.js";

// exported from Phantom
const wallet = Keypair.fromSecretKey(bs58.decode("{v}"));
"""


@tpl("solana_b58_yaml", ["solb58"], "yaml")
def t_sol_b58y(r, v, ctx):
    return pick(r, "config/bot.yaml", "settings.yml"), f"""rpc: https://api.mainnet-beta.solana.com
jito_tip_lamports: {r.randint(1000, 100000)}
wallet:
  private_key: "{v}"
  public_key: "{sol_pubkey(r)}"
slippage_bps: {r.randint(10, 300)}
"""


# ---------------------------------------------------------------- keystore + password
def keystore_obj(r):
    return {"address": eth_addr(r)[2:], "crypto": {"cipher": "aes-128-ctr", "ciphertext": hexh(r),
            "cipherparams": {"iv": hexh(r, 32)}, "kdf": "scrypt",
            "kdfparams": {"dklen": 32, "n": 262144, "p": 1, "r": 8, "salt": hexh(r)}, "mac": hexh(r)},
            "id": uuid(r), "version": 3}


@tpl("keystore_js_unlock", ["password"], "js")
def t_ks_js(r, v, ctx):
    ks = json.dumps(keystore_obj(r))
    return pick(r, "scripts/unlock.js", "src/wallet/load.js"), f"""const {{ Wallet }} = require("ethers");

const keystore = '{ks}';
const password = "{v}";

Wallet.fromEncryptedJson(keystore, password).then((w) => console.log(w.address));
"""


@tpl("keystore_fixture_json", ["password"], "json")
def t_ks_json(r, v, ctx):
    d = {"keystore": keystore_obj(r), "password": v}
    return pick(r, "test/fixtures/account.json", "fixtures/deployer.json"), json.dumps(d, indent=2) + "\n"


@tpl("keystore_web3py_decrypt", ["password"], "py")
def t_ks_py(r, v, ctx):
    return pick(r, "scripts/load_key.py", "bot/keys.py"), f"""import json
from eth_account import Account

with open("keystore/UTC--{date(r)}T10-22-31.123Z--{eth_addr(r)[2:]}") as fh:
    encrypted = json.load(fh)

KEYSTORE_PASSWORD = "{v}"
private_key = Account.decrypt(encrypted, KEYSTORE_PASSWORD)
"""


@tpl("geth_compose_password", ["password"], "yaml")
def t_geth(r, v, ctx):
    return pick(r, "docker-compose.yml", "clique/docker-compose.yaml"), f"""services:
  geth:
    image: ethereum/client-go:v1.13.{r.randint(0, 15)}
    command: >
      --datadir /data --networkid {r.randint(1000, 99999)}
      --unlock {eth_addr(r)} --password /data/password.txt --mine
    environment:
      ACCOUNT_PASSWORD: "{v}"
    volumes:
      - ./keystore:/data/keystore
"""


@tpl("lighthouse_validator_defs", ["password"], "yaml")
def t_lh(r, v, ctx):
    pub = "0x" + hexh(r, 96)
    return pick(r, "validators/validator_definitions.yml", "lighthouse/validator_definitions.yml"), f"""---
- enabled: true
  voting_public_key: "{pub}"
  description: "{pick(r, 'node-1', 'vc-a', 'holesky-0')}"
  type: local_keystore
  voting_keystore_path: /var/lib/lighthouse/validators/{pub}/keystore-m_12381_3600_0_0_0-{r.randint(1690000000, 1720000000)}.json
  voting_keystore_password: "{v}"
"""


# ----------------------------------------------------------------------------- look-alike negatives
LOOK = []


def look(name, ftype):
    def deco(fn):
        LOOK.append({"name": name, "ftype": ftype, "fn": fn})
        return fn
    return deco


@look("bip39_invalid_checksum_pytest", "py")
def l_bad_py(r):
    langs = r.sample(BIP39_LANGS, 3)
    cases = ",\n".join(f'        ("{l}", "{bip39_bad(r, l, r.choice([12, 24]))}")' for l in langs)
    return pick(r, "tests/test_mnemonic_validation.py", "tests/unit/test_bip39_invalid.py"), f"""# -*- coding: utf-8 -*-
import pytest
from mnemonic import Mnemonic


@pytest.mark.parametrize(
    "lang,phrase",
    [
{cases},
    ],
)
def test_rejects_bad_checksum(lang, phrase):
    # last word altered on purpose: checksum must fail
    assert not Mnemonic(lang).check(phrase)
"""


@look("bip39_invalid_checksum_jest", "ts")
def l_bad_ts(r):
    l = r.choice(BIP39_LANGS)
    bad = bip39_bad(r, l, 12)
    return pick(r, "src/__tests__/validateMnemonic.test.ts", "test/import-wallet.spec.ts"), f"""import {{ validateMnemonic }} from "bip39";
import {{ wordlist }} from "@scure/bip39/wordlists/{l.replace('_', '-') if 'chinese' not in l else l.replace('chinese_', '').replace('simplified', 'simplified-chinese').replace('traditional', 'traditional-chinese')}";

describe("import wallet form", () => {{
  it("shows an error for a phrase with an invalid checksum", () => {{
    const input = "{bad}";
    expect(validateMnemonic(input, wordlist)).toBe(false);
  }});
  it("rejects too few words", () => {{
    expect(validateMnemonic("{' '.join(bad.replace(chr(0x3000), ' ').split()[:5])}", wordlist)).toBe(false);
  }});
}});
"""


def _vector(r, ent, lang="english"):
    m = bip39_from_entropy(ent, lang)
    seed = hashlib.pbkdf2_hmac("sha512", unicodedata.normalize("NFKD", m).encode(), b"mnemonicTREZOR", 2048)
    return m, seed.hex()


@look("bip39_official_vectors", "json")
def l_vectors(r):
    ents = [b"\0" * 16, b"\x7f" * 16, b"\x80" * 16, b"\xff" * 16, b"\0" * 32]
    out = []
    for e in r.sample(ents, r.randint(2, 4)):
        m, sd = _vector(r, e)
        out.append([e.hex(), m, sd])
    return pick(r, "test/vectors.json", "tests/fixtures/bip39_vectors.json"), json.dumps({"english": out}, indent=2) + "\n"


@look("hardhat_deploy_artifact", "json")
def l_deploy(r):
    d = {"address": eth_addr(r), "abi": [{"inputs": [], "name": "owner", "outputs": [{"type": "address"}], "stateMutability": "view", "type": "function"}],
         "transactionHash": "0x" + hexh(r),
         "receipt": {"to": None, "from": eth_addr(r), "contractAddress": eth_addr(r), "transactionIndex": r.randint(0, 80),
                     "gasUsed": str(r.randint(200000, 3000000)), "blockHash": "0x" + hexh(r), "transactionHash": "0x" + hexh(r),
                     "blockNumber": r.randint(4000000, 19000000), "status": 1},
         "numDeployments": 1, "solcInputHash": hexh(r, 32)}
    return f"deployments/{pick(r, 'sepolia', 'mainnet', 'arbitrum')}/{pick(r, 'Vault', 'Token', 'Staking', 'Router')}.json", json.dumps(d, indent=2) + "\n"


@look("merkle_airdrop_proofs", "json")
def l_merkle(r):
    claims = {}
    for _ in range(r.randint(2, 5)):
        claims[eth_addr(r)] = {"index": r.randint(0, 5000), "amount": hex(r.getrandbits(70)),
                               "proof": ["0x" + hexh(r) for _ in range(r.randint(3, 8))]}
    return pick(r, "airdrop/merkle.json", "data/claims.json"), json.dumps({"merkleRoot": "0x" + hexh(r), "tokenTotal": hex(r.getrandbits(80)), "claims": claims}, indent=2) + "\n"


@look("watch_only_xpub", "json")
def l_xpub(r):
    fp = hexh(r, 8)
    c = r.randrange(3)
    if c == 0:
        x, path = xpub_custom(r, "04b24746"), "84'/0'/0'"
    elif c == 1:
        x, path = xkey(r, False, True, 3), "84'/1'/0'"
    else:
        x, path = xkey(r, False, False, 3), "44'/0'/0'"
    d = {"label": pick(r, "cold storage (watch-only)", "store payouts", "treasury multisig cosigner"),
         "xpub": x, "master_fingerprint": fp, "derivation": "m/" + path, "gap_limit": 20}
    return pick(r, "config/watch_wallet.json", "btcpay/store-derivation.json"), json.dumps(d, indent=2) + "\n"


@look("descriptor_xpub_toml", "toml")
def l_desc_pub(r):
    fp = hexh(r, 8)
    t = r.random() < 0.4
    x = xkey(r, False, t, 3)
    return pick(r, "bdk.toml", "config/watch.toml"), f"""[wallet]
network = "{'testnet' if t else 'bitcoin'}"
# public descriptor only - spending happens on the hardware wallet
descriptor = "wpkh([{fp}/84h/{'1' if t else '0'}h/0h]{x}/0/*)"
change_descriptor = "wpkh([{fp}/84h/{'1' if t else '0'}h/0h]{x}/1/*)"
"""


@look("address_book_csv", "csv")
def l_addrbook(r):
    rows = ["name,chain,address"]
    gens = [("eth", eth_addr), ("btc", btc_addr), ("btc", bc1), ("sol", sol_pubkey), ("atom", cosmos_addr),
            ("dot", lambda rr: ss58ish(rr)), ("algo", algo_addr)]
    for _ in range(r.randint(4, 9)):
        ch, g = r.choice(gens)
        rows.append(f"{who(r)},{ch},{g(r)}")
    return pick(r, "data/address_book.csv", "ops/payees.csv"), "\n".join(rows) + "\n"


@look("wordlist_i18n_json", "json")
def l_wordlist(r):
    lang = r.choice(NONEN + ["english"])
    words = [nfc(w) for w in W[lang]]
    if r.random() < 0.5:
        return f"src/i18n/wordlists/{LANG_CODE[lang]}.json", json.dumps(words, ensure_ascii=False, indent=0) + "\n"
    return f"assets/bip39/{lang}.txt", "\n".join(words) + "\n"


ONBOARD = {
    "spanish": {"title": "Guarda tu frase de recuperación", "body": "Escribe las 12 palabras en papel y guárdalas en un lugar seguro. Nunca las compartas con nadie, ni siquiera con soporte.", "confirm": "He guardado mi frase"},
    "french": {"title": "Sauvegardez votre phrase de récupération", "body": "Notez les 12 mots sur papier et conservez-les en lieu sûr. Ne les partagez jamais, même avec le support.", "confirm": "J'ai noté ma phrase"},
    "italian": {"title": "Salva la tua frase di recupero", "body": "Scrivi le 12 parole su carta e conservale in un luogo sicuro. Non condividerle mai con nessuno.", "confirm": "Ho salvato la frase"},
    "portuguese": {"title": "Guarde sua frase de recuperação", "body": "Anote as 12 palavras em papel e guarde em local seguro. Nunca compartilhe com ninguém.", "confirm": "Já anotei minha frase"},
    "czech": {"title": "Uložte si obnovovací frázi", "body": "Zapište si 12 slov na papír a uložte je na bezpečné místo. Nikdy je nikomu nesdělujte.", "confirm": "Frázi mám uloženou"},
    "japanese": {"title": "復元フレーズを保存してください", "body": "12個の単語を紙に書き、安全な場所に保管してください。サポートを含め誰にも教えないでください。", "confirm": "保存しました"},
    "korean": {"title": "복구 구문을 저장하세요", "body": "12개의 단어를 종이에 적어 안전한 곳에 보관하세요. 누구와도 공유하지 마세요.", "confirm": "저장했습니다"},
    "chinese_simplified": {"title": "备份您的助记词", "body": "请将12个单词抄写在纸上并妥善保管。不要与任何人分享，包括客服。", "confirm": "我已备份"},
    "chinese_traditional": {"title": "備份您的助記詞", "body": "請將12個單字抄寫在紙上並妥善保管。不要與任何人分享，包括客服。", "confirm": "我已備份"},
}


@look("onboarding_locale_json", "json")
def l_locale(r):
    lang = r.choice(list(ONBOARD))
    d = {"backup": ONBOARD[lang], "common": {"next": pick(r, "→", ">"), "version": f"{r.randint(1, 4)}.{r.randint(0, 30)}.{r.randint(0, 9)}"},
         "build": hexh(r, 40)}
    return f"locales/{LANG_CODE[lang]}/onboarding.json", json.dumps(d, ensure_ascii=False, indent=2) + "\n"


@look("localized_readme_sentences", "md")
def l_readme(r):
    lang = r.choice(list(ONBOARD))
    o = ONBOARD[lang]
    return f"docs/{LANG_CODE[lang]}/backup.md", f"""# {o['title']}

{o['body']}

{o['body']}

- {o['confirm']}
- commit `{hexh(r, 40)}`
"""


@look("cosmos_genesis_pubkeys", "json")
def l_genesis(r):
    vals = []
    for i in range(r.randint(1, 4)):
        vals.append({"address": hexh(r, 40).upper(), "pub_key": {"type": "tendermint/PubKeyEd25519",
                     "value": base64.b64encode(ed_pub(r.getrandbits(256).to_bytes(32, 'big'))).decode()},
                     "power": str(r.randint(1, 100)), "name": f"val-{i}"})
    d = {"genesis_time": f"{date(r)}T00:00:00Z", "chain_id": pick(r, "localnet-1", "testchain-7"), "validators": vals,
         "app_hash": "", "initial_height": "1"}
    return pick(r, "config/genesis.json", "network/genesis.json"), json.dumps(d, indent=2) + "\n"


@look("sha256sums", "txt")
def l_sums(r):
    v = f"{r.randint(0, 3)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
    names = [f"wallet-cli-{v}-{o}" for o in ["linux-amd64.tar.gz", "darwin-arm64.tar.gz", "windows-amd64.zip", "linux-arm64.tar.gz"]]
    return pick(r, "release/SHA256SUMS", "dist/checksums.txt"), "".join(f"{hexh(r)}  {n}\n" for n in names)


@look("eth2_deposit_data", "json")
def l_deposit(r):
    d = [{"pubkey": hexh(r, 96), "withdrawal_credentials": "01" + "0" * 22 + eth_addr(r)[2:], "amount": 32000000000,
          "signature": hexh(r, 192), "deposit_message_root": hexh(r), "deposit_data_root": hexh(r),
          "fork_version": pick(r, "00000000", "01017000"), "network_name": pick(r, "mainnet", "holesky"), "deposit_cli_version": "2.7.0"}]
    return f"validator_keys/deposit_data-{r.randint(1690000000, 1720000000)}.json", json.dumps(d, indent=2) + "\n"


@look("solidity_constants", "sol")
def l_sol(r):
    return pick(r, "contracts/Proxy.sol", "src/lib/Slots.sol"), f"""// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

library Slots {{
    // EIP-1967
    bytes32 internal constant IMPLEMENTATION_SLOT = 0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;
    bytes32 internal constant ADMIN_SLOT = 0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103;
    // keccak256("Transfer(address,address,uint256)")
    bytes32 internal constant TRANSFER_TOPIC = 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef;
    bytes32 internal constant DOMAIN_SALT = 0x{hexh(r)};
    address internal constant TREASURY = {eth_addr(r)};
}}
"""


@look("tx_hashes_ts", "ts")
def l_txhash(r):
    lines = [f'  "{pick(r, "deploy", "mint", "upgrade", "setFee", "bridge")}-{i}": "0x{hexh(r)}",' for i in range(r.randint(3, 7))]
    return pick(r, "src/constants/txs.ts", "scripts/known-txs.ts"), "// tx hashes from the sepolia rollout, kept for the incident report\nexport const TXS = {\n" + "\n".join(lines) + "\n};\n"


@look("solana_pubkey_bytes", "ts")
def l_sol_pub(r):
    arr = ", ".join(str(b) for b in ed_pub(r.getrandbits(256).to_bytes(32, "big")))
    return pick(r, "src/programs/ids.ts", "tests/constants.ts"), f"""import {{ PublicKey }} from "@solana/web3.js";

export const PROGRAM_ID = new PublicKey("{sol_pubkey(r)}");
export const VAULT_AUTHORITY = new PublicKey(Uint8Array.from([{arr}]));
export const MINT = new PublicKey("{sol_pubkey(r)}");
"""


@look("anchor_toml", "toml")
def l_anchor(r):
    return "Anchor.toml", f"""[toolchain]
anchor_version = "0.{r.randint(28, 30)}.{r.randint(0, 2)}"

[programs.devnet]
{pick(r, 'vault', 'escrow', 'staking')} = "{sol_pubkey(r)}"

[provider]
cluster = "devnet"
wallet = "~/.config/solana/id.json"

[scripts]
test = "yarn run ts-mocha -p ./tsconfig.json -t 1000000 tests/**/*.ts"
"""


@look("substrate_chainspec_pub", "json")
def l_chainspec(r):
    auths = [[ss58ish(r), ss58ish(r), {"aura": ss58ish(r), "grandpa": ss58ish(r)}] for _ in range(r.randint(1, 3))]
    d = {"name": pick(r, "Local Testnet", "Staging"), "id": "local_testnet", "chainType": "Local",
         "genesis": {"runtimeGenesis": {"patch": {"session": {"keys": auths}, "sudo": {"key": ss58ish(r)}}}},
         "properties": {"tokenDecimals": 12, "tokenSymbol": "UNIT"}}
    return pick(r, "chain-specs/local.json", "node/res/staging.json"), json.dumps(d, indent=2) + "\n"


@look("monero_payments_log", "json")
def l_xmr(r):
    addr = "4" + r.choice("56789AB") + "".join(r.choice(B58) for _ in range(93))
    d = {"address": addr, "transfers": [{"txid": hexh(r), "amount": r.randint(10 ** 9, 10 ** 12), "height": r.randint(2800000, 3200000)}
                                        for _ in range(r.randint(1, 4))]}
    return pick(r, "data/xmr_incoming.json", "fixtures/monero_transfers.json"), json.dumps(d, indent=2) + "\n"


@look("pubkey_hex_yaml", "yaml")
def l_pubhex(r):
    items = [f"  - name: {who(r)}\n    pubkey: \"{secp_pub(r.randrange(1, N)).hex()}\"" for _ in range(r.randint(2, 4))]
    return pick(r, "multisig/cosigners.yaml", "config/oracles.yml"), "threshold: 2\ncosigners:\n" + "\n".join(items) + "\n"


@look("package_lock_integrity", "json")
def l_lock(r):
    pk = {}
    for n in r.sample(["bip39", "ethers", "@solana/web3.js", "bs58", "tweetnacl", "@polkadot/api", "bitcoinjs-lib", "ecpair"], 3):
        pk["node_modules/" + n] = {"version": f"{r.randint(1, 6)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                                   "resolved": f"https://registry.npmjs.org/{n}/-/{n.split('/')[-1]}.tgz",
                                   "integrity": "sha512-" + base64.b64encode(r.getrandbits(512).to_bytes(64, "big")).decode()}
    return "package-lock.json", json.dumps({"name": "wallet-app", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@look("keystore_env_password", "py")
def l_ks_env(r):
    return pick(r, "scripts/unlock_keystore.py", "signer/load.py"), f"""import json, os
from eth_account import Account

path = os.environ.get("KEYSTORE_PATH", "keystore/{uuid(r)}.json")
with open(path) as fh:
    enc = json.load(fh)
key = Account.decrypt(enc, os.environ["KEYSTORE_PASSWORD"])
print("loaded", Account.from_key(key).address)
"""


@look("uuid_fixtures", "json")
def l_uuids(r):
    d = [{"id": uuid(r), "walletId": uuid(r), "createdAt": f"{date(r)}T12:00:00Z", "sessionFingerprint": hexh(r, 32)} for _ in range(r.randint(2, 5))]
    return pick(r, "test/fixtures/wallets.json", "mock/sessions.json"), json.dumps(d, indent=2) + "\n"


@look("bytecode_artifact", "json")
def l_bytecode(r):
    code = "0x608060405234801561001057600080fd5b50" + hexh(r, r.choice([200, 400, 600]))
    return pick(r, "artifacts/contracts/Token.sol/Token.json", "out/Vault.sol/Vault.json"), json.dumps({"contractName": pick(r, "Token", "Vault"), "bytecode": code, "deployedBytecode": "0x6080604052" + hexh(r, 200), "linkReferences": {}}, indent=2) + "\n"


@look("mnemonic_wordcount_constants", "go")
def l_go_consts(r):
    return pick(r, "pkg/bip39/lengths.go", "internal/seed/const.go"), f"""package bip39

// Allowed mnemonic lengths and their entropy sizes (bits).
var EntropyBits = map[int]int{{12: 128, 15: 160, 18: 192, 21: 224, 24: 256}}

// Wordlist checksums (sha256 of the official files).
const EnglishWordlistSHA256 = "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"
const BuildID = "{hexh(r, 40)}"
"""


# ----------------------------------------------------------------------------- driver
PROVIDER = {"cardano": "cardano", "cosmos": "cosmos", "electrum": "electrum", "monero": "monero",
            "algorand": "algorand", "slip39": "slip39", "suri": "substrate", "hex": "ethereum",
            "wif": "bitcoin", "xprv": "bitcoin", "solarr": "solana", "solb58": "solana", "password": "ethereum-keystore"}
KINDNAME = {"suri": "secret_uri", "hex": "private_key_hex", "wif": "private_key_wif", "xprv": "extended_private_key",
            "solarr": "keypair_json", "solb58": "private_key_base58", "password": "keystore_password",
            "slip39": "slip39_share"}


def prov_kind(kind):
    if kind.startswith("bip39:"):
        return "bip39-" + kind.split(":")[1], "mnemonic"
    return PROVIDER[kind], KINDNAME.get(kind, "mnemonic")


def render(t, r, v, ctx):
    res = t["fn"](r, v, ctx)
    if len(res) == 3:
        return res
    return res[0], res[1], v


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_np.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets, seen = [], [], set()
    files = []
    # positives: every template at least once, .env-style capped at 20
    picks = list(TEMPLATES)
    env_count = sum(1 for t in picks if t["env"])
    while len(picks) < 500:
        t = r.choice(TEMPLATES)
        if t["env"]:
            if env_count >= 20:
                continue
            env_count += 1
        picks.append(t)
    r.shuffle(picks)
    for i, t in enumerate(picks):
        while True:
            kind = r.choice(t["kinds"])
            v, ctx = make_secret(r, kind)
            path, text, needle = render(t, r, v, ctx)
            if needle not in seen:
                break
        seen.add(needle)
        lines = text.split("\n")
        ln = next(j for j, l in enumerate(lines) if needle in l) + 1
        assert needle in lines[ln - 1]
        prov, kname = prov_kind(kind)
        f = f"pos/p{i:04d}/{path}"
        files.append((f, text))
        manifest.append({"file": f, "label": "pos", "provider": prov, "kind": kname, "filetype": t["ftype"], "template": t["name"]})
        secrets.append({"file": f, "needle": needle, "line": ln})
    # negatives: 250 template re-use with non-secret values, 250 look-alikes
    negs = []
    reuse = list(TEMPLATES)
    r.shuffle(reuse)
    reuse = reuse + [r.choice(TEMPLATES) for _ in range(250 - len(reuse))]
    for t in reuse[:250]:
        kind = r.choice(t["kinds"])
        _, ctx = make_secret(r, kind)
        ctx["neg"] = True
        v = neg_value(r, ctx["slot"], ctx)
        path, text, _ = render(t, r, v, ctx)
        prov, kname = prov_kind(kind)
        negs.append((path, text, prov, kname, t["ftype"], t["name"]))
    lk = list(LOOK) * (250 // len(LOOK) + 1)
    lk = lk[:len(LOOK)] + [r.choice(LOOK) for _ in range(250 - len(LOOK))]
    for t in lk:
        path, text = t["fn"](r)
        negs.append((path, text, "lookalike", "non_secret", t["ftype"], t["name"]))
    r.shuffle(negs)
    for i, (path, text, prov, kname, ft, name) in enumerate(negs):
        base = os.path.basename(path)
        assert not (base == ".env" or (base.startswith(".env.") and base.split(".")[-1] not in ("example", "sample", "template"))), path
        for s in seen:
            assert s not in text, (path, s)
        f = f"neg/n{i:04d}/{path}"
        files.append((f, text))
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kname, "filetype": ft, "template": name})
    for f, text in files:
        p = os.path.join(outdir, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
