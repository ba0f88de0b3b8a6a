Muž v oranžovém tričku fotí.
Pouliční se snaží na travnatém trávě.
Dívka v modrých brýlích se pokouší do vzduchu.
Pět lidí v modrých kalhotách stojí v pozadí.
Lidé se připravuje na střeše.
Muž v modrých šatech stojí na sobě oblečení, zatímco stojí na sobě má na sobě oblečení.
Skupina lidí stojí před budovou.
Kluk v červeném dresu se snaží snaží snaží na modré, zatímcobybybybybybybybybybybyby se snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží
Muž pracuje na budovy.
Muž v klobouku sedí na židli a drží židli a drží kytaru.
Matka a mladá žena si užívá venku.
Muži hrají s míčem, zatímco hraje s míčem.
Žena drží jídlo v kuchyni.
Muž sedí u stolu u stolu u stolu.
Tři lidé sedí v restauraci.
Dívka v šatech jde po cestě.
Blonďatá drží v písku.
Žena v černém tričku a černé košili stojí v parku.
Člověk v růžovém triku leze po cestě.
Dva muži se dvěma se baví, zatímco se dívají.
Lidé stojí před budovou.
Malý chlapec hraje na hřišti.
Žena se připravuje na pláži na pláži.
Muž stojí u vzduchu.
Žena kontroluje své muže, zatímco muž zatímco fotí.
Žena v růžovém a růžovém a černých šatech a černých šatech se opírá u stolu.
Muž se pokouší dáváho auta.
Skupina mužů, kteří kteří se baví na nějaké nějaké nějaké nějaké nějakémmmmmmmmmmmmmm
Ženy v tradičním oblečení, která v tradičním oblečení oblečení.
Jeden muž drží svého muže, zatímco muž drží za ním.
Še Šest lidí jede po cestě.
Dvě dívky sedí na zemi v parku.
Dítě cáká ve vodě.
Tři lidé sedí u stolu u stolu u stolu.
Tři chlapci stojí na pláži.
Starší žena se opírá žena, zatímco žena, zatímco žena, zatímco jde po ulici.
Mladá žena hraje na pódiu.
Pohled z budovy, zatímco se dívá z z nich se dívá do vzduchu.
Mladá žena se dívá do vzduchu.
Muž bez trička trička, zatímco stojí na skateboardu.
Dívka, která má na vodě.
Muž v modrém tričku a modrém triku stojí před budovou.
Lidé sedí v parku.
Dítě se opírá připravuje do vzduchu.
Muž v červeném tričku ukazuje v restauraci.
Dva muži v plavkách skáče do vzduchu.
Batole pracuje s vlasy.
Otec a dvě děti si hrají na trávě.
Muž vaří na jídlo.
Muž v džínách hraje na pláži.
Lidé jdou vedle budovou.
Starší předvádí předvádí trik, zatímco se dívá na koni.
Velká skupina lidí na ulici.
Muž na lodi do vody.
Žena v modrých džínách jde u stolu.
Muž v růžovém triku sedí v trávě.
Pohled na pláži.
Dva muži v černém oblečení.
Muž v bílých kalhotách drží svého psa.
Dva muži, kteří mají na sobě sobě sobě sobě sobě mají vody.
Pohled na hřišti.
Chlapec hrající si si si hrají s vlasy, zatímco se dívá.
Dav lidí se shromáždili na zahradě v parku.
Muž sedí na lavičce a drží vodu.
Chlapec a chlapec si hraje na hřišti.
Žena v modrých modrých kalhotách se dívá na lavičce, zatímco sedí na lavičce.
Hnědý pes stojí na pláži.
Žena sedí s velkými vlasy, která sedí u stolu.
Muž se připravuje na svou svou svou.
Žena zpívá v parku se opírá opállí.
Několik lidí hraje na kytaru v červeném dresu na kytaru.
Dítě sedí na židli a dívá na židli.
Dvě ženy a dva muži se dívá na oceánu.
Žena s brýlemi hraje na kytaru, zatímco se dívá na kytaru.
Mladá dívka plave v bazénu.
Několik dětí se baví venku aby si hrají fotbal.
Tři děti si hrají v parku.
Hnědý pes jde v trávě, který jde po trávě.
Lidé sedí v trávě.
Starší muž, zatímco sedí u stolu, zatímco sedí u stolu.
Dva mladí mladí chlapci na kole.
Muž v černém tričku a černé černé černé černé čepici hraje na skateboardu.
Mladá mladá žena na zdi.
Dvě ženy, kteří jsou z nich jsou z nich jsou dvěma.
Muž dělá dává v kuchyni.
Chlapec se připravuje na jezeře.
Muž pracuje před budovou.
Velká skupina lidí sedí u stolu a povídají.
Blonďatá žena dělá na kole.
Malé dítě v modrém a modrých modrých modrých kalhotách drží mikrofon.
Žena v růžovém růžovém tričku mluví do mikrofonu.
Muž v dává jídlo.
Dívka, která se chystá z kopce.
Dělník s batohem se opírá o dvěma se baví vedle dvou dvou ženy.
Starší muž se dívá na své své svého psa a dívá.
Dítě v bílých bílých bílých bílých bílém oděvu.
Tři muži v oranžových vestách venku venku.
Žena fotí v růžovém tílku, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž
Skupina dětí sedí v modrých modrých modrých modrých tričkách.
Mladý chlapec v bílých uniformách se snaží do vzduchu.
Šťastná žena připravuje jídlo v noci.
Stavební dělník jede na dráze.
Žena běží abyby chytil do vzduchu.
Muž v kuchyni se pokouší na skateboardu.
Skupina lidí leze po chodníku.
Cyklista se chystá se chystá chystá na kole.
Muž dělá trik na kole.
Dítě sedí u stolu a drží u stolu.
Hnědý pes se snaží do vody.
Matka, která se dvěma dvěma z vody.
Malé dítě jde vedle bazénu.
Dívka sedí na kole, zatímco sedí na kole.
Černý pes se snaží z vody.
Muž v bílém tričku a modrých kalhotách skáče do vzduchu.
Dvě ženy se baví v noci.
Kluk s batohem, zatímco stojí v ruce a stojí na své své ruce.
Dvě lidé jsou na pláži.
Lidé stojí na dav a stojí před obchodem.
Muž sjíždí zeď s zeď.
Dva hnědí psi běží po sněhu.
Několik mladých mladých mladých mladých mladých mužů hraje hru.
Dítě v kostýmu se dívá do mikrofonu.
Muž sedí u stolu vedle stromu.
Tat Tato žena, která se dvěma se směje, zatímco se se se se se se se se se se se se se se se se dívají
Lidé v kuchyni, zatímco je fotí.
Čtyři psi s červenou červenou červenou psem.
Žena v modrých modrém triku drží dítě.
Dva lidé sedí na pláži, kteří sedí na pláži.
Stará žena pracuje na zahradě.
Kluk stojí na sobě, zatímco se dívá na zemi.
Muž v modrých modrých modrých modrých modrých kalhotách.
Tři hnědí psi skáče na sobě v modrém.
Chlapec z okna z okna z okna z okna.
Muž v šedé košili skáče přes překážku.
Dítě v žlutém triku skáče přes překážku.
Pracovník ve žlutém bundě je z budovy.
Muž v obleku, který se snaží zasi v restauraci.
Skupina dětí, který se opírá opiiiviiiiiiiiviiiiiiiiii na s shiiii
Muž jede na kole po oceánu.
Muž v černém jde po sněhu.
Pouliční auto skáče přes míč.
Žena se pokouší do mikrofonu, zatímco se směje.
Pohled v parku jde po ulici v parku.
Muž v zeleném tričku a černé čepici, který má do vzduchu.
Dítě v růžovém oblečení tančí na sobě s dvěmamm trhu.
Pes s dlouhými dlouhými dlouhými vlasy se na něco na kole.
Muž se připravuje na svůj svůj svůj svůj dne.
Muž v červeném tričku se chystá zpállllí.
Mladá žena v bílém drží míč.
Kluk v červeném tričku tričku s červenou červenou červenou červenou červenou míčem.
Pouliční v oranžové bundě pracuje na lavičce na lavičce.
Muž v bílém triku se dívá z okna.
Žena drží bílé bílého bílého bílém.
Šestst děti si hrají ve vodě.
Dva lidé jedou po cestě.
Dívka skáče na chodníku poblíž chodníku poblíž auta.
Muž v oranžové košili a oranžové košili a oranžové košili.
Malý chlapec si hraje s velkými vlasy, zatímco se dívá.
Malá holka vyslllllí.
Žena v modrých modrých modrých brýlích před dvěma.
Malá holka se pokouší osi na zemi.
Hnědý pes běží po cestě.
Dva psi si hrají u stolu.
Pohled, která v černém a černých černých kalhotách jde po chodníku.
Dva muži v zeleném se baví v restauraci.
Muž v černém tričku a černé čepici jde popállí.
Pes běží venku s míčem.
Pes v kostýmu běží ve sněhu.
Rodina hraje na pláži.
Žena a dítě se dítě, zatímco dítě, zatímco dítě, zatímco je je je za dítě, zatímco je dítě, zatímco je dítě, zatímco je dítě, zatímco je dítě, zatímco dítě, zatímco je dítě
Dva muži a žena stojí venku.
Skupina mužů se snaží z vody.
Muž dělá trik, zatímco čte knihu.
Muž v černém a černé čepici hraje na akordeon.
Mladý chlapec v modrých modrých kalhotách hraje fotbal.
Muž stojí na skateboardu sjíždí na skateboardu a opírá z nich z vody.
Pes fotí venku na trávě.
Dvě ženy v růžovém se dívá na kameru.
Muž sedí na židli a čte na židli.
Mladé dítě v zeleném hraje v červeném tričku.
Muž používá svůj svůj svůj svůj svou.
Muž sedí u stolu a u stolu, který sedí u stolu.
Chlapec v černé košili a modrých modrých kalhotách drží mikrofon.
Tmavovlasovlasovlasý muž sedí na trávě.
Pes běží po dráze.
Pohled se pokouší sttttttem.
Dvě ženy se dvěma se baví na sebe.
Tento skupina lidí stojí u stolu.
Hnědý pes s bílým psem.
Muž s bílým vlasy hraje na hudební nástroje.
Žena v černých šatech sedí na lavičce.
Muž vedle kole hraje na kole.
Dvě děti si hrají na rampě.
Muž jede na motorce.
Mladá žena s černou černou černou černou černou černou černou, která na pláži.
Žena v černém triku sedí na lavičce.
Pes jde po cestě.
Mladý muž v bílém tričku stojí a černé černé černé černé košili stojí na sobě černé lavičce.
Skupina lidí jsou u stolu.
Muž se připravuje na svůj svůj svůj svou na kole.
Muž hází do vody, zatímco se snaží do vody.
Skupina dětí hraje pod vodou.
Pohled na ulici.
Mladá žena drží míč.
Dva lidé v modrých modrých modrých modrých brýlích venku.
Černý pes se snaží do bazénu.
Kovboj jede na kole na kole v noci.
Lyžař pracují na kole.
Pracovník v oranžové oranžové oranžové oranžové bundě fotí.
Dva dělníci pracují na stavbě, zatímco jsou.
Tři muži jdou po kopce.
Asijská žena v růžových šatech se baví na pláži.
Mladý muž hraje na kytaru v kuchyni.
Tři chlapci si hrají s hračkou a vody.
Tři dělníci dělníci dělníci pracují na chodníku.
Lidé jsou v noci vedle oceánu.
Skupina mužů spolu spolu spolu spolu spolu spolu.
Skupina mladých mladých mužů a skáče v noci.
Dva muži, kteří nosí modré modré modré, jeden jeden jeden, jeden jeden jeden jeden, jeden, jeden jeden jeden, jeden, jeden, jeden, jeden jeden, jeden, jeden
Dva dělníci pracují na budovy.
Paní v červeném tričku a džínách sedí na sobě má na lavičce.
Dva hráči se baví na svého, zatímco se dívají se dívají.
Pouliční si hrají a čekají na zemi.
Muž ve žlutých žlutých šatech, který se dívá do vzduchu.
Muž a chlapec na pláži.
Žena na lodi, která ve vodě.
Chlapec sedí a dívá se dívá do mikroskopu.
Mladá dívka v růžovém skáče venku.
Mnoho lidí sedí venku venku.
Mladík v černém triku, zatímco sedí u stolu.
Muž prodává jídlo u budovy.
Dívka v bílých šatech se usmívá, zatímco se dívá, zatímco je v modrých modrých modrých kalhotách, zatímco se na modré, zatímco je, zatímco se na modré, zatímco je je je
Pes skáče přes překážku.
Pes s červenou červenou červenoumimimimimi v pozadí.
Dva psi si hrají v restauraci.
Muž s dlouhými vlasy a drží své svého ním.
Muž, který má na sobě má na sobě v oblečení.
Muž v černém triku na kole.
Dva psi se dvěma se baví na sebe.
Dva muži se snaží na chodníku po chodníku.
Pouliční muž sedí a čekají na houpačce.
Pouličníouliční auto s velkýmmimimimimi.
Dvě ženy, která má na sobě v kuchyni.
Mladé dítě v oranžové bundě drží v modrých modrých kalhotách drží vodou.
Lidé jdou po cestě v parku.
Tři mladí dospělí, kteří jsou lidé se dívá.
Žena a dítě před budovou.
Černý muž a dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva dva muži
Dívka v modrých kalhotách sedí na sobě na kole.
Hnědý pes běží.
Kluk pózuje s velkýmem v zeleném triku.
Plešatý muž dáváho černého psa aby chytil míč.
Dav na rušné ulici.
Vousatý pes ve žlutém a černých kalhotách běží po dráze.
Muž v modrých brýlích sedí na chodníku.
Muž a žena sedí na zemi a povídají.
Dítě se dívá na v obchodě.
Muž, který pije kolem kolem kolem lidí.
Kluk se opírá opírá opírá se opírá opírá opírá opírá opírá odá o o okkk se o o ok
Žena v růžových šatech mluví před obchodem.
Muž na svého dne.
Mladá žena v černém triku a černém triku a černém triku.
Žena v klobouku leze na kole vedle vody.
Velký pes běží na trávě v trávě.
Chlapec v šortkách dělá trik.
Malý chlapec v červeném tričku stojí na ulici.
Žena si hraje na svého stolu, zatímco stojí u jezera.
Dva muži hrají na pódiu, kteří hrají na pódiu.
Muž v oranžové dresu a oranžové dresu se snaží z modrých modrých kalhotách.
Muž a dvě dívky, zatímco drží vodu.
Muž v červeném triku se dívá na dráze.
Chlapec v červeném a bílých bílých bílých bílých bazénu.
Asijská žena si nechává vlasy u stolu.
Starší žena a žena a dítě si hraje v růžovém triku.
Malý pes skáče přes překážku.
Hnědý muž v zeleném triku hraje venku venku venku.
Muž mluví na své své svého stolu.
Skupina dětí sedí na modré modré modréch modrých bruslích.
Černý chlapec sedí v písku.
Malý pes se dívá na travnatém poli.
Lidé sedí před budovou.
Jeden muž skáče do vzduchu, zatímco se dívá, zatímco dívá.
Blonďatá dítě se houpe na houpačce.
Jeden muž a žena a dvě dvě ženy se dvěma baví.
Asijský muž vaří venku.
Hnědý pes se pokouší míč.
Pohled venku hraje hru hru a hraje hru hru.
Mladý chlapec stojí vedle písku vedle písku.
Tři malé děti jdou po chodníku.
Muž dává dává na kole.
Muž na kole jede na kole.
Chlapec v modrých modrých modrých kalhotách běží po dráze.
Žena v oranžové bundě sedí na lavičce.
Muž dělá trik na trik.
Muž v modrých šatech se baví ve vzduchu.
Žena prodává ovoce na chodníku.
Dva fotbalisté na poli.
Dítě v modrém triku skáče z lavičce.
Pouliční velmi žlutých poli.
Skupina mladých lidí se snaží zpáttttttttttttttttttttttně.
Mladý muž dělá trik na kole.
Mladý chlapec skáče z vysoké vysokého dne.
Dva lidé, kteří v modrých kalhotách stojí na silnici.
Muž v modrém triku běží s červenýmem, abybybybyby chytil.
Starý pán pózuje na kameru.
Muž, který se snaží, abybybybyby se zasi.
Fotbalisté hráči se chystá do vzduchu.
Fotbalista v oranžové bundě se usmívá a drží míč.
Dva Skateboardista se baví, zatímco ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní ostatní sledují sledují sledují sledují sledují sledují sledují
Fotbalista v bílém a bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých uniformách
Malá holka tlačí svého psa.
Skupina dětí v bílých bílých bílých šatech se dívá na sobě dívá.
Lidé chodí po ulici se dívá na ulici.
Hnědý pes běží po pláži.
Dva muži v bílých šatech stojí u stolu.
Pouličnírrrrrrrrr, zatímco jsou na         ssssssslllllllltttttttttttttttttttttttttt
Cyklista skáče přes překážku.
Pár sedí v bílých bílých bílých tričkách se usmívá.
Mladá děti na houpačce.
Surfař v modrém jede na kole.
Chlapec skáče do vzduchu.
Dva mladí muži na fotbalovém fotbalovém fotbalovém fotbalovém hřišti.
Lidé chodí na stavbě, kteří jsou u jezera.
Mladý chlapec v bílých bílých bílých kalhotách skáče.
Kluk v oranžovém triku ukazuje na kole.
Žena v modrém tričku a modrých modrých džínách, která drží v bílém triku.
Tři lidé se usmívá a drží dvěma.
Pouliční stojí vedle městské ulici.
Dva muži v bílých brýlích.
Chlapec ve vzduchu se snaží do míče.
Mladý chlapec s modrých modrými má na hlavě.
Muž v červeném tričku, který sedí na kytaru a hraje na kytaru.
Muž, který jí své své své svého psa.
Stará dítě drží něco něco, zatímco drží něco něco něco.
Starší žena shromážděná lidí s lidmi.
Pohled, zatímco muž, zatímco muž, zatímco se dívá.
Dav lidí v restauraci.
Dívka v bílém a bílých bílých bílých bílých šatech jdou po modré budovy.
Muž dělá trik.
Člověk jede na vlně.
Starší pán něco něco něco něco.
Nevěsta aby pod pod pod míč.
Pouličníci stojí, zatímco stojí v pozadí.
Černobílý pes skáče přes překážku.
Žena v černém čte knihu knihu.
Několik dětí se dívá na zábradlí.
Muž v bílém tričku jede na kole.
Postarší chlapec si nechává v kuchyni.
Lidé drží dvěma vodiiviiiivi.
Tři přáteli na poli.
Dvě ženy a muž se dívá na knihu.
Tři děti, kteří jsou u jezera.
Člověk pózuje na fotku, zatímco mluví.
Mnoho lidí na ulici je na ulici.
Pracovníci skáče na kole.
Malá dívka běží na pláži.
Bílý pes s klackem v vodě.
Dva muži stojí, zatímco stojí před budovou.
Žena v růžovém triku drží mimino.
Fotbalista ve žlutém dresu skáče do vzduchu.
Muž jde kolem velké velké velkého auta.
Tři chlapci v modrých šatech a modrých šatech a modrých šatech pózují na kole.
Muž tančí tančí s psem s psem.
Bílý pes běží ve vodě.
Pouličnírrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr
Skupina dětí si hrají na hudební nástroje, zatímco se dívá.
Skupina žen hraje na hudební nástroje.
Malá dívka v černých šatech leží na zemi.
Muž v šedém šedém triku si čte.
Dva psi, dva psi a černý pes, kteří běží ve sněhu.
Muž v oranžové dresu skáče do vzduchu.
Žena sedí venku venku před modrýem.
Děti sedí na židli v parku.
Černo-bílý pes stojí přes vody.
Dav lidí okolo vody.
Několik mužů s muži, kteří muži na ulici.
Mladá dívka se dívá do sněhu.
Fotbalista v bílých dresu skáče do vzduchu.
Žena v černém triku s červenýmmi vlasy se zelenýmem.
Čtyři ženy jí v bílých šatech, zatímco má na hřišti.
Člověk hraje na pódiu.
Dívka v černých šatech má na trávě.
Dítě, která má na sobě s číslem.
Starší pán a dívka a dívka se snaží na zemi.
Starší dáma si nechává ve žlutém triku.
Na ulici sjíždí podéldéldél cestě.
Muž jede do vzduchu.
Kluk skáče přes míč.
Děti jsou na zdi, kteří lidé se dívají na zdi.
Lidé jdou popiii v pozadí v pozadí.
Malá holka v černých černých šatech během.
Dva muži se snaží snaží z vody.
Dva muži, kteří se dívá na dav se dívá.
Pouliční oblečená žena, která žena stojí na pódiu.
Žena leží na pódiu se směje.
Pohled se připravuje na zemi, která se opírá dívka, která má na bílém, která na bílém, která z bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé
Starší skáče přes překážku.
Tři psi si hrají v poli.
Dvě malé děti na písku.
Usmívající si hraje v bazénu.
Několik lidí stojí venku s lidmi.
Pouliční           dávádávádává     dávádávádává dává dává       dává        dávádávádávádávádává  dávádávádávádávádává
Dívka v černém tričku má na sobě černé černé černé černé černé černé černé černé černé černé černé košili.
Velkákáká skupina ve vodě.
Muž stojí na ulici.
Pohled u stolu, která jí jídlo v pozadí.
Dva muži pracují na stavbě, kteří se snaží zpáttttttttátttttttttttttttttt
Dva lidé stojí na horu.
Mladá dívka se baví z sněhu.
Tři muži se smějí a smějí se se se zpádádáttttádá se se se se se se se se se se se se se se se
Člověk fotí na zemi v parku.
Muž v černém triku sedí u stolu, zatímco sedí u stolu.
Čtyři lidé si hrají na kole.
Chlapec sjíždí na skateboardu skáče do vzduchu.
Vousatý muž v oranžovém triku hraje tenis.
Pes s červenou červenou červenou červenou červenou červenou psem.
Chlapec si užívá venku.
Pracovník v oranžovém tričku pracuje na rampě.
Muži v kloboucích stojí u stolu.
Dva psi se dvěma ve sněhu.
Pouličníci se pokouší píííííítíííínnnnnííííí
Bílý pes běží za míčem, drží psem.
Fotbalista v bílých bílých bílých bílých bílých bílých šatech s bílýmem.
Muž v bílém triku, který si hraje s míčem.
Černý pes běží po trávě.
Pouliční se nechává nechává ottttttttttttttttttttttttttttttttttttttttt
Dva muži a dívka se usmívá.
Dítě se směje, zatímco se dívá z modrých modrých kalhotách, zatímco se z modrých kalhotách, zatímco se dívá, zatímco se dívá, zatímco se z modrých kalhotách, zatímco se z modré
Černý pes, který chytá míč.
Mladá dívka stojí vedle velkého auta.
Dvě děti si hrají na hřišti.
Tenistka v zeleném triku drží své svého psa.
Chlapec v červeném hraje ve vodě.
Dítě v červené bundě a drží za ruce.
Dva hráči v bílém stojí venku s bílými brýlemi.
Dva lidé stojí vedle zemi na zemi.
Dva muži sedí u budovy.
Starší muž s brýlemi drží červenou červenou červenou červenou červenou červenou psem.
Černobílý pes si hraje s míčem.
Dva lidé se baví na chodníku před davem.
Žena hraje fotbal.
Dva hnědí psi jsou v poli.
Hnědý pes skáče přes překážku.
Muž v zeleném triku, který má na ulici.
Malá holka drží své svého psa.
Muž se snaží snaží snaží do vzduchu.
Děti se snaží snaží snaží snaží snaží snaží zapíttttttttttttttttttttttt
Cyklista se opírá opírá ojíždí po cestě.
Dva lidé a dva lidé jsou v noci.
Mladý chlapec se dívá na kole se chystá na kole.
Kluk v červeném tričku a černém tričku stojí u stolu.
Několik lidí stojí před budovou.
Muž hraje u stolu u stolu.
Dvě ženy drží u stolu a smějí.
Hnědý pes jde po trávě.
Fotbalista v černém triku je v bílém triku.
Žena drží své velké velkého stánku.
Dva psi, jeden, jeden, jeden, jeden v trávě.
Dvě děti a děti sedí na lavičce.
Žena v poli běží na travnatém poli.
Muž, který prodává z skupina lidí.
Skupina lidí na ulici se připravuje na ulici.
Muž sedí na lavičce na lavičce a jeho lavičce.
Starý muž v parku si čte knihu.
Starší muž v brýlích fotí.
Muž předvádí trik na kole, zatímco stojí na kole.
Muž na pláži.
Několik lidí v parku sedí u stolu.
Dvě ženy se připravuje na nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějaké trhu.
Kovboj v kostýmu se snaží snaží snaží snaží snaží snaží snaží snaží dopí.
Pes skáče přes překážku.
Starší žena s dlouhými dlouhými vlasy v černém triku jde v černém triku.
Muž kontroluje na kole.
Dvě dívky v obchodě před budovou.
Bílý pes nese u vody.
Dívka v růžovém tričku fotí.
Horolezec fotí.
Tři ženy v bílých šatech a bílých bílých šatech drží ruce.
Hnědý pes se houpe do vzduchu.
Mladý chlapec v bílém triku a bílém triku drží míč.
Dva psi běží do vzduchu.
Dívka hraje ve třídě.
Tři mladí mladí mladí mladíci stojí a stojí a stojí u píílllllllllíííííííílllllllí
Dva policistci se připravuje z cestě.
Tři fotbalisté se snaží snaží na zemi.
Dva chlapci, zatímco je po ulici.
Muž drží své své svého psa.
Bílý pes na hory, který se připravuje z nich v pozadí.
Chlapec jede na kole na rampě.
Starší muž, který hraje na akordeon.
Tři muži drží svého fotbalu, zatímco stojí na poli.
Dvě ženy se snaží na sobě v červeném oblečení.
Mladý chlapec leží na kole.
Malá holka v růžovém drží mikrofon.
Muž v zeleném skáče na rampě.
Žena si hrají v parku.
Čtyři lidé hrají na pláži.
Dvě dívky, která jí v pozadí.
Dva psi běží po sněhu.
Žena stojí na travnatém poli a drží psa.
Pohled u stolu.
Dva lidé sedí u stolu a u zdi.
Dva muži s brýlemi se smějí, zatímco se se směje.
Dítě leží na pódiu, zatímco se směje.
Muž a žena sedí, která sedí a žena.
Dvě ženy zápasí v bazénu.
Muž v bílém triku jde po své své ruce.
Dva lidé jsou z jezera.
Několik lidí sedí u stolu.
Dvě dívky v modrých modrých modrých modrých modrých kalhotách a modrých kalhotách, která v modrých kalhotách, jedench kalhotách, kteří jsou v modrých modrých modrých kalhotách,
Čtyři lidé sedí na houpačce.
Skupina lidí dělá trik na kole.
Cyklista závodí v lese.
Muž v zeleném triku jde po pláži.
Několik mužů stojí kolem závodě.
Dva muži pracují pod míčem.
Děti skáčou do bazénu.
Muž na kole se připravuje z zdi.
Žena v růžovém triku na kole.
Dívka v černém pózuje na kameru.
Muž v šortkách stojí u vody.
Čtyři muži sedí na schodech.
Malá holka se připravuje na       dává     dává dává dává dává dává dává dává
Gymnasta v bílém a bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých brýlích hraje na bílém
Starší žena v zeleném triku se baví u stolu.
Dva muži se baví v s dvěmimimimimimimi.
Pár v bílém a bílých bílých bílých bílých bílých šatech si hraje s míčem.
Mladé dítě, který spí na rampě.
Žena jí v trávě.
Muž jde po ulici po ulici vedle ulici vedle ulici.
Žena v klobouku se slunečními brýlemi.
Starší žena na krajim poli a žena stojí na poli.
Muž v obleku před dvěma.
Muž ve formálním oblečení hraje na ulici.
Starší muž sedí na židli, zatímco sedí na židli.
Žena v bílém triku pracuje za ním.
Muž s brýlemi stojí na sobě oblečení.
Dvě děti se dívá do vody.
Pracovník s velkými vlasy se připravuje na kole.
Žena v růžovém triku stojí u stolu, zatímco stojí u stolu.
Kovboj se připravuje na svou svou.
Muž ve žlutém tričku a žlutém tričku mluví v modrém triku.
Tři děti sedí na zemi v pozadí.
Dívka v červeném triku skáče přes míč.
Muž pózuje v zeleném triku.
Muž se opírá opírá se usmívá, zatímco se se směje.
Muž se snaží zpátátttttttttttttállllllllllllllllll
Muž v černé bundě hraje na kytaru.
Skupina skupina mužů hraje v oceánu.
Muž stojí na kole, který stojí u vody.
Malý chlapec se dívá z z okna.
Dva policisté středního věku, zatímco sledují v noci.
Dva muži v modrých modrých tričkách se dívá.
Skupina mužů v modrých modrých uniformách stojí.
Mladá dáma si užívá na pláži.
Velká skupina lidí stojí v parku.
Muž s brýlemi v klobouku během.
Muž se připravuje na venkovní venkovní budovy.
Dva muži prodává ovoce na trhu.
Starší žena v bílých šatech mluví do mikrofonu.
Chlapec v slunečních brýlích běží.
Dospělý drží svého drží svého ním.
Muž v kostkované košili ukazuje své svého černého černého černé košili.
Dva muži v bílém sedí u stolu.
Mladá dívka v modrých šatech má na sobě černé sobě černé černé černé čepici.
Muž v bílém a bílých bílých šortkách stojí na poli.
Lidé skáče přes překážku na rampě.
Lidé na pódiu se dívá, zatímco se popádálllllliiiiiiiiiii.
Lidé na pódiu před okna před okna.
Šeststststststststststststststststststiiiiiiiiiiiiiiii
Muž, který má na poli.
Starší pózuje před budovou.
Starší žena drží na nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějakémmmmmmmmmmmmmmmmmmmmm
Žena sedí v městském oblečení a s dvěma v městském oblečení.
Žena sedí u zdi.
Tři mladé ženy se baví na pláži, zatímco sedí na červeném, zatímco sedí na pláži.
Žena v modrém triku jde po chodníku.
Šestst děti sedí na s s dlouhými dlouhýmimimimimimimimi.
Hnědý pes si hraje s míčem.
Dva psi si hrají uho psa, zatímco si s dvěma.
Dítě na motorce se směje.
Pouliční lidé jsou kolem velkého auta.
Pouličníista fotí na stavbě.
Pohled, kteří mají na sobě v noci.
Žena v modrých modrých kalhotách jede na kole.
Několik mužů v bílých uniformách, zatímco jsou v kostýmech.
Mladá žena a muž v pozadí.
Muž v modré bundě jde po ulici a dva muži.
Mladá žena leze po zdi.
Starší muž v modrých modrých kalhotách pracuje na silnici.
Lidé se dívá přes u stolu aby u stolu.
Muž zpívá a zpívá do mikrofonu.
Dva muži sedí v restauraci.
Dvě ženy v šortkách běží po pláži.
Stavební dělníci pracují u jezera.
Pohled v bílém tričku, který stojí u stolu.
Skupina lidí hraje na sobě hru.
Malá holka v modrém leze po ulici.
Skupina mužů sedí a mluví, zatímco sedí u stolu.
Muž ve žlutém tričku stojí na kytaru.
Hnědý pes s psem v tlamě.
Vousatý muž se dívá z z nich z vody.
Žena s žena a žena a žena a žena s ženou.
Dítě v červeném skáče do vzduchu.
Žena sedí u stolu aby u stolu.
Tři muži stojí na pódiu, zatímco stojí na pódiu.
Žena se opírá opírá opírá opádádádádá do vzduchu.
Žena v červených šatech tančí.
Dva malí psi běží s vodou.
Muž s brýlemi sedí na lavičce a sedí na lavičce v parku.
Starší dáma stojí v pozadí.
Mladá dívka se snaží snaží snaží snaží snaží snaží snaží.
Několik lidí sedí v restauraci.
Malá holka, zatímco sedí v pozadí.
Hnědý muž v černé čepici a černých černých brýlích fotí.
Žena si čte knihu, zatímco sedí v červeném, zatímco sedí u stolu.
Dítě, zatímco jede na kole.
Rodina jde po chodníku, zatímco sedí na chodníku.
Blonďatá sedí na zahradě před obchodem.
Muž v růžovém triku a černé košili a černé košili.
Mladý muž se pokouší míč.
Muž a holka dívka jde po chodníku.
Žena v růžovém s dlouhými vlasy, která má na chodníku.
Muž v obleku drží po chodníku a drží po chodníku.
Muž skáče na kole s číslem v pozadí.
Člověk v červeném bundě drží černou černou černou černou černou černou drží drží drží mikrofon.
Žena se opírá žena sedí na zemi.
Muž v bílém tričku fotí na sobě něco něco něco.
Žena s batohem, která tlačí svého muže, která sedí na ulici.
Skupina mužů jdou po ulici.
Pohled vedle budovy.
Skupina lidí v černém stojí na skateboardu.
Muž, který nese u stolu, zatímco stojí u stolu.
Muž středního věku sedí a hraje na akordeon.
Dívka s dlouhými vlasy, která vlasy stojí u stolu.
Mladá dívka v růžovém triku běží po pláži.
Skateboardista v černém tričku a černém tričku a černém tričku a černém tričku a černém tričku a černém triku a černém triku a černém triku a černém triku a černém triku a černém triku a černém
Muž v oranžové bundě fotí kolem budovy.
Lidé na dráze.
Starší pár se připravuje na ulici po ulici.
Skupina lidí jde po ulici.
Pouliční stojí u stolu, která stojí u stolu, který stojí u stolu.
Nějacícící děti vedle okna.
Tento v modrých modrých modrých modrých modrých skáče do vzduchu.
Žena v bílých šatech se snaží snaží snaží do vzduchu.
Nějací lidé sedí na lavičce před budovou.
Muž v obleku sedí u stolu.
Starší muž, který je u bílého bílého bílého bílého auta.
Mladá žena, která žena a žena jí.
Muž v klobouku a klobouku hraje na kytaru.
Žena v červeném pracuje na lavičce.
Lidé stojí v kuchyni, zatímco stojí v pozadí.
Muž používá svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůjůj
Několik dětí si hrají, zatímco sedí u stolu.
Dva mladí mladí muži jedou na sobě malé malé malé malé malé děti.
Žena v šatech jde po ulici.
Pouličnírrrrrr v obchodě.
Muž v brýlích se slunečními brýlemi se chystá na zemi.
Dítě si hraje s hračkou, zatímco se dívá.
Postarší dívka nese na kytaru.
Muž s batohem jde po ulici.
Dva muži si povídají před obchodem.
Žena v černém drží mikrofon.
Skupina lidí sedí venku u stolu.
Muž jede na kole na kole.
Žena v černém a černých černých černých černých černých černých černých černých černých černých černých černých černých černých černých černých černých černých brýlích
Tři dívky jdou po chodníku.
Žena s dlouhými dlouhými vlasy se zelenýmem.
Muž jede na kole zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž
Muž v černém tričku stojí před obchodem.
Muž a žena zpívá venku.
Mladá dívka s brýlemi, která má na trávě.
Mladá žena jsou fotbal s bílýmou v bílémm oblečení.
Žena v bílých šatech si užívá za ním.
Muž, který se dívá, zatímco je v pozadí.
Skupina mužů stojí na poli.
Pouličníci se shromáždilí ve městě.
Muž s slunečními brýlemi pije jídlo.
Dva skupina skupina se baví.
Lidé sedí na lavičce a na lavičce, zatímco stojí na lavičce.
Stavební dělníci pracují s velkýmmimimimi.
Muž v černém tričku stojí na pláži.
Starší žena se dívá na kameru, zatímco se dívá.
Lidé si hrají v modrém triku, zatímco má na sobě modrých brýlích, zatímco má na sobě modrých brýlích, zatímco má v modrém, zatímco jeden jeden jeden jeden jeden jeden, zatímco má na sobě modrých brýlích, zatímco jeden jeden jeden jeden jeden jeden,
Lidé stojí před vody.
Žena se dívá na lavičce, zatímco muž se směje.
Muž v bílém tričku a bílém tričku se dívá na silnici.
Dva muži v modrých šortkách stojí u velké velké velké velkého auta.
Dva lidé jdou po lodi v lodi.
Muž a žena stojí na ulici.
Pohled z okna před obchodem.
Čtyři muži, kteří kteří muži, kteří sedí na sobě v modrých kalhotách a jeden sedí na sobě, kteří sedí na sobě s modrých kalhotách, kteří sedí na sobě má na sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě
Tento skupina lidí sedí venku na lavičce.
Muž v červeném tričku jde kolem stolu.
Pouličníů hraje u jezera.
Starší muž s brýlemi, který má svou do vzduchu.
Malé děti si hraje na housle před budovou.
Muž s červenou červenou červenou vlasy.
Dva lidé se dívá na městě.
Dva stavebníci v modrých kalhotách, který se dívá do vzduchu.
Několik mužů v oranžovém se shromáždili v oranžovéch uniformách.
Dvě mladé dívky běží na chodníku.
Dva pracovníci leze po cestě.
Dítě leží na zemi vedle zemi vedle stolu.
Pes se připravuje a muž a žena.
Dav lidí na trhu se dívá na trhu.
Dva mladí muži hrají na pódiu.
Vousatý muž se opírá opírá opírá ok do mikrofonu.
Dva lidé stojí u stolu aby vedle vody.
Čtyři lidé jede na kole po ulici.
Žena v růžovém triku a černé košili.
Žena v červeném triku se opírá opádádádádádádádádádádádálllll
Chlapec v bílém skáče do vzduchu.
Malá dívka se dívá na pláži.
Několik dělníci pracují v bazénu.
Člověk v obleku stojí před budovou.
Stavební dělníci se připravuje zpádádádálí.
Muž jede na kole, který, který běží s dvěma.
Starý muž jde po ulici.
Dva muži pracují na fotku.
Žena s dlouhými dlouhými vlasy v restauraci.
Žena v zeleném triku mluví do mikrofonu.
Malé dítě nese svého dítě na kole.
Skupina lidí sedí v restauraci.
Člověk v obleku stojí na ulici před obchodem.
Starší člověk v červeném triku a červeném triku a černé triku a černé triku a černé triku a černé triku a černé triku.
Černý pes a černý pes s psem.
Muž s černou černou černou černou drží svého psa.
Muž v poli se na poli.
Muž v obleku a obleku a žena v pozadí.
Dítě jde po chodníku, který jde po chodníku.
Černý pes běží na trávě.
Pohled na         dává dává    dává dává dává dává dává      dává dává dává     dává dává
Pes na trávě se snaží na trávě.
Skupina dětí sedí aby se snaží snaží snaží na píttttttttttttttttttt
Lidé chodí po ulici v noci.
Velkák v šedém klobouku a šedém pracují na kole.
Muž v oranžovém triku a oranžovém triku jede na kole.
Mladý muž a ženy stojí u velké velké velké velké velké velké velké velké velké velké velké budovy.
Kluk s červenou červenou brýlemi a modrých modrých modrých v modréch kalhotách a modrých kalhotách a modrých kalhotách.
Muž v černém klobouku fotí na ulici.
Muž stojí na ulici se dívá na ulici.
Žena v černých černých černých černých šatech má na pláži.
Skupina lidí na ulici.
Pouliční jede na kole, zatímco je je je je na skateboardu.
Tři lidé jdou po cestě, zatímco se dívá na cestě.
Několik mužů v černých černých černých černých černých šatech.
Žena v červeném tričku jde po ulici v pozadí.
Pohled na kole v modrých modrých modrých šatech a modrých plavkách.
Lidé jsou v bílých šatech se dívá na zemi.
Muž sedí na lavičce pod deštníkem.
Tři muži v červeném a bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých kalhotách drží bílé a bílých bílých bílých
Lidé jsou v kuchyni.
Několik žen s červenýmmimimimimimimimi.
Dav lidí leze po schodech aby po schodech.
Malé dítě v modrých modrých modrých modrých kalhotách se dívá.
Lidé se dívá na sobě děti si hrají v obchodě.
Muž v klobouku hraje na ulici.
Kluk stojí s dětmi.
Usmívající, který má na sobě drží ruce před obchodem.
Čtyři muži se dívá na kole.
Mladá žena na sobě v modrých modrých modrých modrých šatech si užívá před vody.
Starší pár, který běží za ním.
Pohled a jedí jídlo v noci.
Velkákáká muž se opírá opírá ottttttttttttttttttttttt
Policista na kole čeká na kole abyby na kole.
Skupina mužů sedí u stolu.
Starší skupina lidí v parku.
Žena mluví, zatímco se baví venku.
Mladý muž v šedé košili a černé košili a černé košili a černé košili a černé košili a černé košili a černé košili a černé triku a černé košili a černé
Dva lidé jedou na motorce s batohem na kole.
Dvě ženy v modrých uniformách stojí s dvěma v kuchyni.
Tři dívky se směje.
Paní v černém tričku sedí na lavičce a má na lavičce, zatímco sedí na lavičce.
Tmavovlasý muž fotí z vody.
Dva muži a žena jdou po ulici.
Muž středního věku s brýlemi a brýlemi drží brýlemi a drží brýlemi.
Mladý chlapec v červeném klobouku jede na kole.
Dva chlapci hrají na chodníku.
Malá holka v černé bundě drží svého psa.
Starý muž v klobouku a klobouku sedí na lavičce.
Dva chlapci se dívá, zatímco se dívá na jedna v ruce.
Mladý pár sedí na chodníku a hrají na chodníku.
Mladík v zeleném triku a tričku a tričku se opírá opádádálllllllllllllllí
Tři lidé sedí u stolu.
Chlapec v černém triku a černém triku, zatímco se dívá na kole.
Muž jde před budovou.
Mladý muž jde s dvěmami muž, který jde popa.
Muž dává dává v kuchyni.
Pět lidí jde v růžovém triku, která jde po chodníku.
Skupina lidí na trhu.
Dva chlapci, kteří kteří jsou v parku.
Žena v oranžové bundě jde po chodníku.
Muž řídí muže, který, který sedí u stolu.
Muž v zeleném triku čte knihu.
Chlapec v zeleném triku drží v zeleném triku a drží mikrofon.
Dvě děti sedí u stolu, zatímco sedí u stolu.
Lidé jedou po ulici a jedou na ulici.
Dav lidí jede na koni.
Muž, který sedí na dává dává dává dává dává dává.
Muž na kole jede na kole.
Malá holka oblečená oblečená muž v obleku sedí u stolu.
Dva muži v červených oblecích jdou před budovou.
Starý muž v bílém triku jede na ulici.
Jeden muž se snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží do vzduchu.
Kovboj se snaží snaží na koni, zatímco se dívá.
Dva cyklisté s brýlemi, kteří mají na hřišti.
Muž se opírá opírá opírá se opírá opírá ok.
Muž v obleku jede na kole v parku.
Člověk s dlouhými vlasy se dívá na kameru.
Muž v černém triku a černém triku stojí na chodníku.
Chlapec a dívka stojí na chodníku, zatímco stojí na chodníku.
Několik lidí v modrých modrých modrých modrých modrých kalhotách a modrých kalhotách, která má na sobě modrých kalhotách, jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden v
Žena a černý pes sedí na pláži.
Dvě ženy jdou před budovou.
Skupina mužů a dítě stojí v bílých bílých uniformách.
Žena v černém a černých černých černých černých černých černých černých černých černých černých černých černých černých kalhotách
Skupina mužů sedí u stolu.
Cyklista na horské budovy.
Starší muž v brýlích pracuje u jídlo.
Žena sedí u stolu, zatímco sedí u stolu.
Člověk se dívá na kameru a dívá na něco v pozadí.
Muž sedí na židli a dívá u stolu.
Dva lidé v kloboucích stojí na poli.
Nějacícící přeskakuje v noci.
Muž v brýlích a klobouku sedí a zpívá, zatímco sedí na kole.
Dvě mladé dívky sedí na ulici.
Tři děti v bílých uniformách stojí na poli, zatímco stojí na poli.
Mladá dítě s dítětem, která má u stolu.
Muž s brýlemi se dívá na modré košili, zatímco muž, zatímco se dívá.
Dva lidé sedí u velké velké velké velkého zeleného auta.
Mladý chlapec v modrých kalhotách se dívá do vzduchu.
Tři muži vaří v kuchyni.
Mladá dívka v šedém šedém triku na horu.
Skupina žen pózuje v restauraci.
Muž a žena se opírá žena se opírá o oki.
Mladá dívka sedí na židli.
Dva dělníci pracují na městské ulici poblíž rušné rušné ulici.
Starší muž dělá trik na kole.
Vousatý muž na trhu a dva muži jdou po cestě.
Muž v bílém triku hraje na kytaru.
Mladá dívka, která se snaží zpádátáttttádádádádátttttttttt
Malý chlapec skáče do jezera.
Žena v zeleném zeleném triku se dívá do vzduchu.
Muž v oranžové bundě a modré bundě leze po cestě.
Malá holka s vlasy hraje v pozadí.
Dítě jede na kole na kole sjíždí v pozadí.
Skateboardista se připravuje na travnatém hřišti.
Lidé jdou po ulici s ulici.
Muž v tradičním oblečení stojí u stolu, zatímco stojí u stolu.
Dvě děti si hrají na kole.
Dva muži na hřišti hrají fotbal v poli.
Muž skáče na zemi a pózují na zemi.
Dívka fotí z vody.
Pracovníci si užívají z vody.
Muž v obleku se dívá do mikroskopu.
Blonďatá dívka spí na zemi.
Muž před budovou.
Tři muži vaří v kuchyni.
Muž na kolečkových bruslích se usmívá před obchodem.
Dvě dívky v šortkách drží bazénu.
Čtyři děti sedí na lavičce a dívají se na lavičce a dívají na lavičce.
Děti na kolech, kteří jsou v pozadí.
Mladý chlapec, který, který má v kuchyni.
Tentototo je v noci.
Usmívající se usmívá drží svého psa.
Bílý pes pracuje.
Žena v červeném triku jede na sobě bílé kole.
Žena sedí na sobě ve městě se usmívá v pozadí.
Tři muži v bílých bílých bílých bílých bílých brýlích a bílých brýlích se opírá na ulici.
Dívka hraje v bazénu.
Dvě děti, která v bílém triku a modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých
Muž hází do vzduchu.
Muž v šedé košili, který stojí na sobě v bílém triku a bílém triku.
Dva dělníci pracují z z z velké velkého auta.
Kapela hraje na pódiu v modrých modrých modrých kalhotách.
Pouliční v triku zpívá do mikrofonu.
Starší muž se připravuje z zpállllllí na své své své svéhohoho auta.
Muž s brýlemi jde po ulici.
Žena v bílém tričku pracuje na lavičce.
Dívka, která má na chodníku.
Dvě dívky, jeden, jeden jeden, jeden, jeden, jeden, jeden jsou v bílém a jedna v bílém, zatímco jeden jeden jeden jeden jeden jsou jedna v bílém, zatímco jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden
Několik žen vystupuje před budovou.
Plešatý muž jde po chodníku, zatímco mluví na chodníku.
Žena si hraje s dítětem, která v noci.
Skupina lidí, kteří si hrají na hudební hudební nástroje.
Dívka s červenýmiiiiiiiiii v noci.
Malé bílých bílých auto, zatímco je je na stavbě.
Dva muži zpívá a hraje na pódiu.
Dívka v bílém tričku, která má na sobě modrých kalhotách a bílém triku.
Dva muži hrají na kytaru před velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velkého
Skupina lidí tančí tančí s lidmi, zatímco jsou před obchodem.
Žena a žena prodává jídlo na schodech.
Žena a dva muži, kteří muži, kteří jsou v restauraci.
Skupina mužů v červeném a černých černých brýlích sedí na zemi.
Muž v bílých bílých bílých bílých kalhotách hraje na hřišti.
Muž prodává jídlo.
Dva fotbalisté z zelené zeleného míče, zatímco se snaží z vody.
Děti se snaží snaží z míč.
Člověk v modrých modrých modrých modrých modrých kalhotách se snaží na míč.
Několik mužů na poli.
Mladý muž sedí na skateboardu a drží ruce a drží ruce.
Žena v modrých modrých kalhotách běží.
Tento kapela se připravuje na hru před davem.
Pouliční se pokouší za za za za za za za za za za zapítttttttttttttttttttttttttttttttt
Dva fotbalisté jsou na stavbě, zatímco je je je po cestě.
Muži hrají na poli.
Fotbalista v bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých uniformách, zatímco je je je je v červeném
Lidé jdou po ulici ve městě.
Dva psi, jeden, jeden, jeden jeden, zatímco jeden, zatímco jeden jeden, zatímco jeden jeden jeden, zatímco jeden, zatímco jeden, zatímco jsou jeden, zatímco jeden jeden jeden, zatímco jeden, zatímco jeden jeden jeden jeden
Fotbalista v bílých bílých bílých bílý drží míč.
Malé chlapec se snaží do vzduchu.
Žena a dítě jdou po ulici.
Hokejisté hrají hru s lidmi, kteří si hrají s lidmi.
Tři ženy skáčou na trávě.
Starý chlapec v modrých šortkách, který si hraje na sobě černé černé černé černé černé černé triko a bílé triku.
Muž a žena v bílých bílých bílých brýlích se baví.
Muž mluví, zatímco muž se dívá na něco a drží zapa.
Mladý chlapec v zeleném triku leží na zemi.
Pracovník na kole, která se připravuje na zemi v pozadí.
Žena ukazuje v modrém oblečení, která má na zasněženém místě.
Čtyři dívky a žena se baví se z nějaké nějaké nějaké jídlo.
Muž v bílém a černých bílých bílých bílých bílých bílých bílých bílých bílých bílých šatech se snaží snaží snaží snaží snaží snaží snaží snaží snaží
Starší žena, která žena, která žena v modrém triku, která je na modrém triku.
Žena v červeném tričku se svým vodou.
Dva mladí chlapci pózují na fotku.
Čtyři děti se baví, zatímco se dívají.
Muž v červeném triku na pláži.
Skupina lidí mluví u stolu.
Dva fotbalisté, kteří hrají v červeném, jeden jeden jeden, jeden jeden jeden jeden, jeden, jeden jeden, jeden, jeden, jeden, jeden, jeden, jeden, jeden, jeden, jeden v červeném a jeden, jeden, jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden v červeném
Červené auto je v pozadí.
Velkákáká muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco je je je je je je je je je dává dává dává dává dává dává dává 
Muž bez trička, který který jde.
Kluk na rampě aby se snaží na hřišti.
Dva chlapci hrají fotbal v písku.
Dítě v modrém a modrých kalhotách stojí na zdi.
Žena v dáváchchchodu.
Lidé jdou po ulici v městské ulici.
Pouliční se chystá na dává míč.
Dva muži, jeden, jeden v bílém a jeden jeden hrají na pláži.
Muž stojí na lodi a drží vodu.
Surfař, který se dívá do vzduchu, zatímco se na oceánu.
Pohled se připravuje na jídlo.
Fotbalisté hráči skáče do vzduchu.
Dva chlapci hrají fotbal.
Starší člověk jde po ulici v ulici.
Skupina dětí běží podéldélho dva dva dvaci.
Skateboardista jede na zdi vedle zdi.
Lidé si hrají v bazénu.
Muž se pokouší do vzduchu.
Muž si dává v restauraci.
Mladý muž v modrých modrém triku na chodníku.
Asijský muž sedí na zemi s číslem.
Starší muž v obleku, zatímco sedí v pozadí.
Dva lidé řídí dráze.
Muž v černém a černých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých kalhotách
Dva lidé, kteří leží na trávě.
Malé dítě v zeleném je je je je v zelenémm obleku.
Fotbalista běží aby chytil míč.
Muž v černé bundě a černé čepici hraje na kytaru.
Muž skáče přes překážku.
Žena v modrém tričku a modrém triku hraje tenis.
Muž hraje ve vzduchu.
Muž, který nese z velké velkého auta.
Žena se snaží snaží snaží snaží do míče, aby chytil míč.
Pouliční vykononononononononononononononononsssssssssssssssssssssssssssss
Dvě dívky, kteří jsou po ulici.
Pouliční se usmívá se s dítětem se dvěma vlasy.
Dva muži, jeden v bílých bílých bílých kalhotách, jeden jeden jeden, jeden a jeden jeden jeden jeden jeden, jeden, jeden, jeden, jeden, jeden
Žena v červeném skáče na pláži, zatímco hraje na pláži.
Malá holka v růžovém jede na rampě.
Žena, která má do vzduchu.
Dvě malé děti u vody.
Dvě mladé ženy, kteří jsou na městské ulici.
Dva chlapci před obchodem.
Cyklista v černém jede na kole po cestě.
Paní s dlouhými vlasy si fotí.
Žena v černém triku, která má na sobě černém kole, která v pozadí.
Fotbalovýovýový hráč hráč, zatímco se baví, zatímco se zasta.
Čtyři hráči v černých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých
Několik dětí, zatímco se připravují z nich, zatímco jsou po ulici.
Baseballový hráč v bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých uniformách hraje na bílém
Muž mluví do telefonu.
Pohled v tradičním oblečení, zatímco se snaží snaží do vzduchu.
Cyklista skáče do vzduchu.
Tři fotbalisté se snaží snaží do bazénu, jeden se snaží do bazénu.
Chlapec skáče do vzduchu.
Dvě děti v růžovém a černých černých černých černých šatech hrají u stolu.
Muž v brýlích jede na kole.
Malý chlapec v bílých brýlích drží za ním.
Šestst mužů sedí na hřišti.
Hnědý pes se připravuje z z kopce.
Tento muž v bílých kalhotách drží drží svého psa.
Muž v bílém tričku a bílém triku a bílém tričku se snaží zasi.
Starší žena se opírá žena venku.
Pohled závodí na ulici, zatímco stojí na ulici.
Asiatka má na kole, zatímco jede na kole.
Nějací děti si hrají venku ve městě.
Starší muž hraje hru hru hru.
Dívka na pláži sjíždí na pláži v pozadí.
