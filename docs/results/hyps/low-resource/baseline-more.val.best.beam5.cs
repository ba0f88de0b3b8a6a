Skupina mužů se snaží do vzduchu.
Muž spí v zeleném triku.
Chlapec, který má na sobě žena a žena sedí na lavičce.
Dva muži pracují na sobě modrých bruslích.
Plešatý muž v červené bundě sedí na lodi.
Paní v červeném drží svého psa, zatímco drží svého ním.
Hnědý pes běží po chodníku.
Mladý chlapec má na sobě sobě sobě sobě má na sobě má v bazénu.
Muž v zeleném tričku ukazuje svůj svůj svůj svůj svou.
Usmívající se usmívá, zatímco stojí na kole.
Mladé dítě stojí na nějaké nějaké nějaké nějaké nějaké zdi.
Člověk na kole skáče do vzduchu.
Tři malé děti stojí u modrých modrých modrých kalhotách.
Žena sedí u stolu u stolu.
Žena si hraje na pódiu.
Tři lidé na hřišti, kteří jsou na trávě.
Muž pracuje na židli na židli.
Skupina lidí stojí před budovou.
Mladá žena dělá na kole v lese.
Tři dívky u stolu, zatímco stojí na ulici.
Starší muž v černém tričku stojí u stolu.
Žena a muž jde přes most.
Muž v červeném tričku skáče zpllllllllííí.
Asijská dívka v zeleném klobouku a klobouku a zpívá na skateboardu.
Stavební dělníci stojí na stavbě a vykononononon.
Dva psi si hrají v trávě.
Starší dítě se usmívá se na dítě.
Tři muži jdou po cestě.
Člověk je z vody.
Ptttttttttttttttttttttttttttttttttttt
Mladá dívka běží v parku.
Osoba na ulici a jde po ulici.
Dítě si hrají na hřišti.
Člověk v červeném triku jde po zdi.
Skupina lidí se prochází kolem muže v parku.
Žena sedí u stolu.
Lidé jdou po chodníku.
Muž s modrých modrými vlasy, zatímco sedí v pozadí.
Velkáká pes nese své svého auta.
Malý chlapec v modrých modrých modrých modrých šortkách stojí před davem.
Mladý muž s bílýmmi brýlemi pracuje s velkýmmi.
Člověk se připravuje na kole z kopce.
Kapela hraje na rampě.
Starší muž jde po chodníku.
Muž jede na závodní závodní závodní závodní závodní závodní dráze.
Mladé dospělí v červeném a černých bílých brýlích a černých brýlích a černých brýlích a černých brýlích a černých brýlích a černých brýlích a černých brýlích a černých brýlích a černých brýlích, kteří
Mladý chlapec se snaží do vody.
Dvě ženy s červenýmmi brýlemi, zatímco mluví.
Starší člověk v kostýmu před budovou.
Pes jde v tlamě.
Tři malí psi se baví na něco.
Dva muž, kteří podéldéldéldél cestě.
Dvě dívky jdou po ulici.
Skupina dětí sedí v restauraci a dívá se dívá.
Pohled se dívá na skateboardu, zatímco se dívá do vzduchu.
Pouliční se pokouší opou v pozadí.
Muž v restauraci.
Muž v obleku a obleku se opírá svůj svůj svou svůj svůj svůj svůjůjůjůjůjůjůjůjůj svou
Muž v černé bundě jede na kole.
Žena v růžovém sedí na lavičce.
Tři ženy a žena sedí a smějí.
červeném běží přes lodi, zatímco je z vody.
Muž v zeleném leze po zdi.
Dva dělníci dělníci dělníci pracují na rušné rušné rušné ulici.
Žena v barevném oblečení jde s bílýmem.
Žena v modrém tričku a čepici skáče do vzduchu.
Muž v šedém oblečení stojí na kole, zatímco stojí na kole.
Dospělý se dívá na svého auta.
Pracovníci se chystá zpástststststa v noci.
Dva malí chlapci si hrají s dvěmamimimimimimimimimi.
Dospělýospělýospělýospělý se dívá na kole.
Dva lidé, kteří leze po zdi.
Muž a žena na pláži.
Dítě dělá trik na kole, zatímco skáče do vzduchu.
Děti jedou na houpačce.
Dva lidé drží dítě, jeden, jeden, jeden, jeden, zatímco jsou z nich jeden, zatímco jsou, jeden, zatímco ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho, zatímco je
Dva muži v oblečení hrají fotbal.
Žena v černých šatech jde po ulici.
Policista, kde po cestě.
Muž stojí na lodi vedle jezera.
Skupina mladých mladých mladých mladých mladých lidí se připravuje na pu.
Žena a dítě sedí na chodníku.
Cyklista se připravuje z velké velké velké velké velké velké velkého auta.
Člověk v černém triku pracuje na zdi.
Malá holka leží na zemi, zatímco hraje na zemi.
Mladá žena a žena, která žena, která žena, která žena, která žena, která žena, která žena, která žena v tradiční oblečení a žena a žena, která žena, která žena, která žena, která žena, která žena, která žena, která žena v tradiční oblečení
Ženy jde podéldéldél cestě.
Pohled na dává dává, zatímco je je je na skateboardu.
Hnědý pes má na sobě černé černé černé sobě černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé
Hnědý hnědý pes běží přes modrých modrých modrých kalhotách.
Dítě se připravuje na svou knihu.
Starší muž se snaží snaží snaží snaží snaží snaží na sobě v černé černého černého černého černého černého černého černého černého černého černého černého černé
Mladé dítě a žena stojí kolem skupiny.
Dítě oblečená oblečená oblečená oblečená oblečená ve vzduchu.
Muž v černém drží svého psa.
Mladá žena zpívá, zatímco stojí na kytaru.
Šest děti si hrají v noci.
Mnoho lidí spolu spolu spolu spolu spolu spolu spolu spolu spolu spolu hrají na hudební nástroje.
Nějací muži sedí na pláži a hrají na pláži.
Mladý muž drží svého psa v černém triku.
Starší muž, který, zatímco muž, zatímco se dívá.
Muži v bílých šatech hrají na pódiu, zatímco hraje na pódiu.
Několik lidí stojí u stolu.
Hnědý pes se snaží na velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velké velkého velkéhoho
Turista pózuje na stavbě.
Skupina dětí si hrají ve vodě.
Žena se usmívá vedle muže, zatímco se směje.
Dvě ženy stojí před stolu.
Dvě ženy mluví a povídají.
Člověk v klobouku a klobouku se dívá a dívá.
Dva lidé jdou po ulici.
Starý muž drží svého psa, zatímco drží psa.
Tři děti se dívají na pódiu.
Kluk se fotí na závodě.
modrých skáče do vody.
Paní v černém klobouku fotí.
Muž sedí na zemi a hraje na lavičce.
Pes běží skrz vody.
Mladá žena skáče ve vzduchu.
Tři muži hraje na pódiu.
Čtyři lidé jsou v noci.
Muž vaří na sobě černého černého černého černé čepici.
Muž v červené bundě se opírá opírá opírá opírá opírá opírá opírá opírá opírá opírá opírá o o o o o o o zeď
Mladý kluk ve žlutém tričku s bílými brýlemi, která velmilmilmilmi stolu.
Malé dítě, která sedí a kouří.
Jeden muž a žena v šortkách jdou po ulici.
Dvě děti běží po sněhu.
Malá holka v brýlích, zatímco hraje na kole.
Muž v bílém lodi na lodi.
Lyžař před obchodem.
Lidé se připravuje z kopce, zatímco je po cestě.
Několik lidí ve vodě.
Ženy v plavkách hrají na pláži.
Muž a žena sedí u stolu.
Matka a dvě děti se dvěma dvěma se dvěma.
Pohled v červeném dresu s vodou.
Čtyři muži stojí u jezera.
Skupina mužů a žena, kteří mají na pláži.
Malý chlapec v černých šatech je na zemi.
Malá holka v bílých bílých bílých bílých šatech se pokouší pátálllllllllllllllllllllllllllllllllll
Hnědý pes nese na pláži.
Muž v červeném triku stojí před dvěma.
Muž se dívá na pódiu zatímco žena mluví.
Kapela hraje ve vzduchu.
Dvě ženy se smějí na houpačce.
Žena v růžovém triku, která má u stolu.
Dítě sedí na kole aby se chystá na ledu.
Muž sedí na židli, který na židli, který se opírá na židli.
Policista v modrých brýlích má na svůj svůj svou.
Vousatý muž v bílých uniformách jdou po silnici.
Černo-bílý pes plave ve vodě.
Kapela hraje na pódiu.
Tři lidé si hrají na hudební hudební nástroje, zatímco se dívá.
Muž hraje a zpívá do mikrofonu.
Mladý chlapec skáče do vody.
Žena čte knihu, zatímco sedí u stolu.
Stavební dělníci pracují na stavbě.
Muž s brýlemi sedí na pláži, zatímco sedí na pláži.
Blonďatá žena v modrém tričku tričku má na sobě modré kole.
Dva muži mluví, zatímco mluví, zatímco stojí za ním.
Mladý muž mluví do mikrofonu.
Muž dává dává, která má na sobě sobě má na sobě má svůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůj
Pes v brýlích se dívá na kameru.
Skupina hraje na pódiu před lidí.
Tři psi si hrají ve sněhu.
Muž a žena stojí vedle stromu.
Pes skáče a bílý míč.
Starší žena v šedém triku a černém triku.
Žena v zeleném pózuje před sněhu.
Žena, která žena, která žena, která má na hlavě.
Dítě stojí a drží hračku.
Muž s dlouhými dlouhými vlasy pracuje na kole.
Muž se připravuje u stolu u stolu.
Skupina lidí na lodi ve vodě.
Muž ve žlutém triku stojí na chodníku.
Žena v modrém tričku a modrých modrých modrých džínách se dívá do vzduchu.
Žena v kostýmu a hraje na zemi.
Člověk, která má na vlně.
Muži v modrých kalhotách sedí na schodech.
Starší se pokouší se pokouší se snaží zpátttttttttttttttttt
Muž, který hraje, zatímco muž, zatímco hraje fotbal.
Fotbalista v červeném a bílých bílých bílých brýlích mluví.
Dvě dívky sedí u zdi a dívají na zdi.
Muž na kolečkových brýlích se snaží snaží snaží do vzduchu.
Tento chlapci v červených červených plavkách a červených červených červených červených červených červených červených červených červených dresech.
Kluk v černé oblečení jde po pláži.
Několik mužů pózují na fotku.
Muž v zeleném triku se dívá na silnici, zatímco je po silnici.
Pět lidí hraje hru hru a hrají fotbal.
Tři ženy sedí na zemi a mluví na zemi.
Muž a chlapec sedí, zatímco sedí a drží drží mikrofon.
Muž v brýlích se slunečními brýlemi, který se slunečními brýlemi.
Pes běží po trávě.
Dívka s brýlemi se připravuje na fotbalovém fotbalovém fotbalovém fotbalovém fotbalovém hřišti.
Dva muži v modrých kalhotách a modrých modrých kalhotách.
Dívka v červeném tričku a bílém tričku a bílém tričku se chystá míč.
Starý muž pracuje s červenýmem.
Hnědý pes běží po písku.
Člověk ve vodě.
Muž v červeném a bílých bílých bílých šortkách sedí na lavičce.
Muž se slunečními brýlemi a bílý bílých bílých bílých bílých.
Dva muži v tradičním oblečení se baví na trhu.
Muž a chlapec si hrají na pláži.
Muž se pokouší do vzduchu, který se pokouší v pozadí.
Tento muž v bílém klobouku zpívá.
Žena se připravuje u stolu aby u černé černého černého černého černého černého černého černého černého černého černého černého černého černého
Batole v bílém hraje v bazénu.
Dav lidí stojí před budovou.
Starší lidí jde po parku.
Tmavovlasá žena v modrých modrých brýlích, zatímco drží slunečních brýlích, zatímco drží slunečních brýlích, zatímco drží slunečních brýlích, zatímco drží slunečních brýlích, zatímco drží slunečních brýlích, zatímco drží slunečních brýlích, zatímco drží slunečních
Mnoho děti se shromáždilí pod pod pod pod pod pod pod pod pod podsem.
Kovboj se snaží do vzduchu do vzduchu.
Nevěsta a žena se dívá na fotku.
Dva stavební stavební dělníci pracují pod pod vodou.
Muž pracuje na skateboardu na kole.
Nějací dělníci dělníci, kteří jsou na zdi.
Kapela hraje na chodníku.
Muži v oranžové bundě, který se dívá u stolu.
Mladé lidé v kostýmech jdou po poli.
Velký pes běží skrz vody.
Muž a žena jdou po ulici.
Muž, kteří jsou v parku.
Dvě děti v bílých šatech hrají v parku.
Několik lidí, kteří jsou na dráze.
Žena a chlapec se dívá na židli.
Skupina lidí stojí na zemi.
Mladá dívka plave v bazénu.
Chlapec v oranžovém tričku se usmívá, zatímco se dívá na modré modré modré modré košili.
Malá holka stojí před budovou.
Malá holka drží svého psa.
Několik lidí se snaží na kole.
Hnědý pes honí z vody.
Pes běží po poli v poli.
Skupina lidí, kteří se dívá zapállou a dívá.
Dítě v červeném tričku jede z kopce.
Pouliční se snaží snaží zaháttttttttttttttttttttttttttttt
Kluk se usmívá, zatímco sedí v restauraci.
Dvě děti s dětmi sedí u stolu.
Muž tlačí své své své své svého muže na kole.
Starý muž jde v ruce.
Starší žena u stolu a žena stojí u stolu.
Malý chlapec skáče z kopce.
Malé dítě se opírá opírá ok.
Muž mluví před obchodem před obchodem.
Dvě ženy se snaží na pádálllí.
Žena v modrém triku hraje na pódiu.
Tentoto lidí v noci v noci.
Muž sedí ve vodě.
Pár skupina se pokouší se snaží snaží snaží na fotku.
Čtyři lidé se dívá po ulici v pozadí.
Několik lidí se pokouší v parku.
Chlapec dělá trik na skateboardu.
Muž na pláži.
Hnědý pes honí poho psa.
Muži v bílých bílých šatech drží ruce.
Žena, která se snaží za míčem.
Černý pes stojí v trávě.
V lodi a lidé se dvěma na vodě.
Pohled na kole se opírá ojíždí po cestě.
Tři lidé sedí venku u stolu, které sedí u stolu.
Bílá žena a muž jde po ulici.
Muž v bílém tričku jde po cestě.
Hnědý pes a černý pes a černý pes a černý pes a černý pes.
Muž v modrém a modrých modrých modrých brýlích pózuje.
Dva chlapci si hrají s míčem.
Dva muži, kteří čekají v pozadí.
Chlapec jede na houpačce.
Černý muž, který se dívá na akordeon.
Osoba s červenou červenou červenou batohem se připravuje na kole.
Asijská žena a jedna v oranžové oblečení, který jsou na lodi.
Velkáká skupina stojí v pozadí.
Tři ženy v modrých šatech sedí na ulici, zatímco sedí na ulici.
Muž v bílém triku fotí.
Člověk v růžovém triku se dívá na pláži.
Muž se dívá na chodníku.
Muž v černém triku a černém triku drží svého psa.
Muž se opírá opírá žena s brýlemi v brýlích.
Jeden dítě jde kolem stolu.
Mladá dívka se snaží zapállllou za za ním.
Mladé dítě, která v růžovém tílku, zatímco se směje.
Blonďatá žena s červeným vlasy s červeným vlasy.
Fotbalista v zeleném triku běží na poli.
Dívka, která pes skáče přes překážku.
Několik dětí, zatímco jsou sedí na zemi.
Pouliční stojí na lodi a stojí na lodi.
Dospělý hraje na bílý míč aby chytil míč.
Muž v šedé košili jede na kole.
Černý pes skáče skrz vody, zatímco drží vodou.
Dva černí psi běží po cestě.
Čtyři lidé v oblečení stojí venku a drží venku.
Lidé aby fotí v noci.
Čtyři psi si hrají v černém a jeden jeden, zatímco si hrají.
Muž v modrých brýlích mluví do mikrofonu.
Skupina lidí, kteří jsou na tototottttů.
Pracovníci plave v bazénu.
Žena v bílém tričku a bílém tričku se chystá na zemi.
Jeden muž ukazuje svého ženy vedle sebe vedle dvěma.
Dívka v bílém tričku prodává v parku.
Kluk a dívky se smějí na poli.
Dítě v oranžovém triku skáče z nich, zatímco se dívají.
Chlapec dělá trik na skateboardu.
Muž se pokouší pííííííííttttttttttttttttttttt
Batole sedí u stolu.
Čtyři děti, která nese po silnici aby se na silnici.
Muž s batohem se opírá svůj svůj svůj svou svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj sv
Vousatý muž, který se dívá, zatímco muž na ulici.
Pes v poli se dívá na poli.
Žena a dítě, zatímco si hrají fotbal.
Dvě děti sedí na zemi a čtou.
Malé hnědý pes je na své svého psa.
Dva muži pracují na budovy, zatímco je je z nich, zatímco mluví.
Nějací muži se dívá na něco v restauraci.
Dvě ženy fotí na kameru.
Blonďatá ženy v černé čepici skáče do vzduchu.
Bílýbílý pes běží po trávě.
Pouliční si čte knihu v pozadí.
Dvě dívky jdou po dráze.
Nevěsta se připravuje na své své své své své své svého psa.
Žena leze na oranžové oranžové oranžové oranžové oranžové oranžové oranžové bundě.
Dvě ženy s dítětem jdou po ulici.
Čtyři ženy v kostýmech jsou v kostýmech.
Stará žena a žena se baví na ve městě.
Dívka v černém hraje na pláži.
Muž s brýlemi a brýlemi v bazénu.
Tři děti v černých šortkách a černých šortkách skáče na zemi.
Žena se připravuje na hru.
Osoba, která nese u stolu.
Dítě s modrých modrých modrých modrých na pódiu.
Kluk stojí na skateboardu v restauraci.
Tentotototo je je v porrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr
Muž dává ve vodě.
Děti si užívají z modrých modrých modrých modrých z modré budovy.
Starší muž s brýlemi sedí na trávě, který sedí na trávě.
Žena a dvě děti si hrají na pláži.
Pár mužů jde po ulici.
Muž dělá trik na kole v parku.
Muž v oranžovém triku stojí na ulici, zatímco stojí na ulici.
Žena ve žlutém tričku a slunečních brýlích jde po chodníku.
Dvě ženy se dívá na dává jídlo.
Dva psi běží po travnaté travnaté travnaté travnaté travnaté poli.
Několik lidí v tradičním oblečení, kteří jsou jsou na sobě oblečení.
Skupina lidí jí v restauraci.
Žena v černém triku, která má na sobě černé, zatímco se dívá.
Několik lidí sedí a stojí a dva děti stojí u stolu.
Muž a žena pózují na ulici.
Dva psi si hrají ve sněhu.
Malý pes skáče na ulici.
Muž v černém tričku hraje na pódiu.
Kluk a muž mluví s brýlemi mluví mluví.
Dívka v bílém tričku, která v bílém tričku hraje fotbal.
Dva muži stojí na ulici.
Kluk v černém triku a bílém tričku drží za ním.
Člověk fotí v oceánu.
Dva muži, zatímco sedí u stolu.
Pes běží skrz sněhu.
Starší skupina lidí před budovou.
Hnědý pes a bílých bílých bílých kalhotách na ulici.
Dvě dívky drží svého míče.
Matka a žena se usmívají se se se se dívají.
Muž v černém triku fotí v kuchyni.
Žena v bílém hraje na kytaru.
Snowboardista skáče do vzduchu.
Několik lidí stojí v parku.
Muž v klobouku hraje na hudební hudební hudební nástroje.
Muž sjíždí z okna u okna u stolu.
Žena v bílém triku a bílém triku se dívá na sobě dívá na sobě dívá.
Starší muž se připravuje na pláži.
Dva muži v červených červených červených červených uniformách se baví.
Mladé dítě jede na kole.
Dítě v klobouku a klobouku běží na kole.
Dítě sedí na pódiu a hraje na kole.
Dva mladí muži v plavkách před budovou.
Dva chlapci v kloboucích se dívají na kameru.
Starší žena oblečená oblečená žena v černých šatech se dívá.
Dva muži pracují na nějaké nějaké nějaké nějaké nějaké nějaké nějaké nějakém.
Žena, která nese své své své svéhoho ruce.
Cyklista dělá trik ve vzduchu.
Mladý muž v zeleném triku čte na pláži.
Muž v zeleném bundě se usmívá.
Muž leze po zdi sjíždí po zdi.
Mladý muž jede na kole po ulici.
Dva hnědí psi na kole.
Člověk v červeném jde před budovou.
Tá žena sedí s dlouhými vlasy a žena sedí u stolu.
Dva chlapci skáče do vzduchu, zatímco drží míč.
Muž v brýlích se slunečními brýlemi, který se dívá na kole.
Dítě v zeleném triku drží vodou.
Muž s slunečními vlasy na něco něco něco něco něco na něco něco něco něco.
Kapela hraje fotbal.
Skupina mladých mladých mužů jde v davu.
Muž tlačí tlačí vozík vozík.
Tři psi si hrají ve sněhu.
Bílý pes běží přes vody.
Skupina dětí sedí u stolu.
Žlutýlutý auto po cestě.
Skupina dětí, kteří si hrají na hudební nástroje.
Skupina dětí sedí u stolu u stolu.
Žena oblečená v zeleném triku si čte u stolu.
Mladá lidé jsou v bazénu.
Pohled v modrých bílých bílých bílých uniformách hrají na hřišti.
Žena a dva chlapci se dívá na pláži.
Skupina lidí běží posně.
Dvě ženy stojí ve sněhu.
Lidé stojí před obchodem, zatímco stojí před obchodem.
Malý chlapec se dívá na kameru.
Dvě dívky v růžovém oblečení sedí před obchodem.
Žena a dítě jede na oceánu poblíž oceánu.
Muž se usmívá, zatímco se dívá na svého mobilu.
Pouličníouličníouliční lidí s lidmi na ulici.
Dva muži v muži se smějí, zatímco sedí, zatímco sedí, zatímco sedí, zatímco sedí, zatímco sedí, zatímco sedí a jeden jeden jeden se se se se se se se na jedna
Malý pes běží na trávě.
Pouličníouličníouliční v restauraci.
Snowboardista dělá trik.
Asijská žena v modrých uniformách se připravuje z velkého velkého velkého auta.
Žena v modrém triku jede na kole.
Žena v bílých bílých bílých šatech skáče přes míč.
Mladá žena si hraje na hudební hudební nástroje.
Nevěsta a fotí.
Žena drží bílý----bílý pes.
Chlapec v červeném tričku si hraje na kytaru.
Mladá dívka se dívá na své své svéhohopádádádádádádádádádállllllllll
Tři ženy v tradičním obleku, zatímco je je je v pozadí.
Bílý bílý pes skáče aby chytil míč.
Pohled v zeleném jede na kole.
Děti si hrají ve vodě.
Pouliční-bílý pes skáče do míče.
Skupina lidí v modrých modrých modrých modrých šatech si užívá.
Tenistka v modrém triku a modrých modrém triku a modrých modrých modrých kalhotách a modrých modrých modrých kalhotách.
Dvě dívky v modrých modrých šatech se smějí.
Malá holka v růžovém růžovém růžovém růžovém růžovém růžovém růžovém růžovém růžovém si užívá.
Dva lidé běží na horu.
Skupina žen tančí tančí v barevném oblečení a šatech.
Cyklista skáče do vzduchu.
Několik lidí jde vedle bílého bílého bílého bílého auta.
Žena stojí na zdi a fotí.
Žena v bílých bílých bílých bílých bílých bílých šortkách, která má na sobě bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých kalhotách
Člověk jede na kole.
Malá dívka, která sedí v černém, která sedí u stolu.
Dva fotbalisté si hrají na zemi.
Postarší muž s červenými vlasy hraje s červenou červenou červenou červenou červenou hračkou.
Pouliční na kole dělá trik.
Starý muž v černé bundě se dívá na stolu.
Muž v modrém triku jde v červeném triku.
Žena ukazuje z okna z své svéhohoho psa.
Mladá dívka, která má na kole jde po ulici.
Černý pes skáče přes vodu.
Chlapec v modrých modrých kalhotách hraje fotbal.
Pohled na kole se připravuje na dráze.
Muž běží z černého černého černého černé.
Chlapec s číslem během v parku.
Malé hnědý pes běží na chodníku.
Dvě děti se baví u sebe a dvě děti.
Usmívající se dvěma muži na fotce.
Černý pes si hraje na poli.
Několik lidí si užívá u stolu.
Bílý pes skáče do vody.
Fotograf se připravuje zpádádi na zemi.
Malá dívka v modrých šatech si hraje s červenou míčem.
Muž si užívá.
Skupina mladých lidí pózuje na pláži.
Žena drží kytaru.
Pracovníci ve ve velmilmilmi městě.
Muž v šedé košili jede na kole.
Tři muži jdou vedle sebe vedle stromu.
Mladá dívka stojí na poli.
Chlapec v modrých šatech a bílých šatech se dívá.
Muž a žena hrají venku.
Mladá dívka v šatech a černých šatech běží po trávě.
Žena s brýlemi a brýlemi a muž v obchodě.
Lidé tančí a smějí.
Muž, který si prohlíží po cestě, zatímco jde po silnici.
Muž v bílém tričku a bílém tričku hraje na sobě, zatímco muž, zatímco hraje na sobě v bílém triku, zatímco hraje na sobě má za ním.
Velká skupina lidí se dívá na pódiu.
Pouliční auto jede po cestě.
Skupina lidí se baví venku.
Vousatý muž v černém triku ukazuje své své svého muže.
Chlapec se připravuje do vzduchu.
Cyklista jede na kole na kole po silnici.
Tmavovlasovlasovlasá dívka se připravuje na zemi.
Chlapec a muž v obleku stojí v písku.
Mladá dívka se směje, zatímco se směje.
Muž v modrém jede na kole.
Starší člověk se připravuje z západu.
Pouliční stojí před obchodem.
Dva cyklisté po ulici po ulici ve městě.
Skupina mladých mladých mladých mladých mužů a hraje na hudební hudební nástroje.
Dva lidé hrají v bazénu.
Několik lidí na ulici na rohu rohu ulice.
Jeden chlapec se dívá na svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svou
Žena ukazuje své velkého věku, zatímco stojí na ulici.
Dívka v modrých kalhotách a modrých kalhotách.
Žena se opírá u stolu, zatímco drží za ním.
Několik žen s skupiny, zatímco je je z nich z nich z nich z nich máchchchchchchchchchchchchchchchchchchchchchchchchchch
Muž v modrém triku jede na kole v pozadí.
Mladé dítě si hraje ve vodě.
Čtyři děti si hrají na zemi, zatímco se dívá.
Muž drží svého usmívá, zatímco se z budovy.
Žena s dvěma dvěma dvěma se dvěma drží ruce.
Dva muži během zápasu.
Dvě dívky, kteří jí na sobě jedné modrých brýlích.
Žena se připravuje na kole.
Dav se dívá na venku, zatímco se dívá.
Chlapec v parku hraje v parku.
Mladá dívka stojí na sobě, zatímco se směje.
Muž zpívá do mikrofonu, zatímco drží kytaru.
Muž s dvěmammmmmm se drží svého ním.
Muž v zeleném a žena a žena v černém triku.
Muž fotícící svého muže a muž.
Muž se připravuje na nějaké nějaké nějaké nějaké jídlo.
Velký pes běží po trávě v trávě.
Cyklista jede na rampě.
Žena jede na kole na kole a jede po cestě.
Černý pes skáče z vody.
Jeden muž v černé bundě a černé čepici hraje na akordeon.
Muž v zeleném triku na lavičce.
Starší muž v restauraci sedí u stolu.
Tři muži v oblecích jdou po pláži.
Malé pes stojí na sobě stojí na jedna.
Muž se klouže na kole na kole.
Muž s brýlemi a dívka a holka na pláži.
Lidé jdou po chodníku a po chodníku.
Velký pes skáče do černého černé, zatímco muž, zatímco stojí v černém.
Muž na lodi, který má na lodi.
Dva muži pracují na fotbalovém fotbalovém fotbalovém fotbalovém fotbalovém hřišti.
Muž stojí na zdi.
Starší pán sedí na ulici v parku.
Dva lidé v bílém jdou po chodníku.
Malá holka v zeleném běží z nich, zatímco je zpállllllllllí.
Pohled venku venku.
Dvě malé děti a dívka stojí u stolu.
Lidé jsou v noci se připravuje na sti.
Dva týmy, jeden v růžovém a jeden jeden hrají na hřišti.
Žena v bílých kalhotách jede na kole.
Černý pes plave ve vodě s vodou.
Tři muži pracují v modrém triku.
Pohled na skateboardu, zatímco je je je na skateboardu.
Muž v modrém triku pracuje na kole.
Muž se pokouší o opík v ruce, zatímco drží za ním, zatímco drží své ruce, zatímco drží za ním.
Mnoho lidí stojí u modrých modrých modrých kalhotách pod míčem.
Žena se připravuje na svůj svůj svou v noci.
P Pouličníouličníouličníouličníouličníouličníouličníracovníciracovníci u stolu.
Tři muži stojí u jezera.
Pohled, zatímco stojí u píííík.
Muž v červeném tričku stojí před budovou.
Muž se dívá na své svého, který se dívá z nich, zatímco se z nich z nich z nich z nich z nich z nich z nich z nich z nich
Dva lidé jedou na cestě.
Mladá mladá dívka se opírá malá dívka nese nese své svého psa.
Dítě, která je na kraji jezera.
Pár si hrají na kytaru.
Muž v bílém triku a bílém triku a bílém triku se dívá na zemi.
Dva chlapci se připravuje na pláži, zatímco se dívají na pláži.
Starý muž v obleku stojí na kole, zatímco stojí na kole.
Tři lidé na pláži stojí na pláži vedle vody.
Muž ve žlutých žlutém stojí před velkýmem.
Dítě se pokouší se chystá do vzduchu.
Dvě ženy v růžovém tričku a modrých modrých modrých šortkách a modrých šortkách a modrých modrých šortkách a modrých šortkách a modrých šortkách a modrých
Muž jede na koni na motorkách.
Velkáká pes ve sněhu.
Muž fotí v pozadí.
Starší žena v modrých modrých modrých modrých modrých modrých modrých šatech.
Lidé jsou ve vzduchu, zatímco je je po ulici.
Dvě mladé dívky si hrají fotbal, zatímco hrají v bazénu.
Paní v plavkách jede na kole v písku.
Muž v černé košili s černou černou černou černou kloboukem a černé hraje na kole.
Žena s dlouhými vlasy, která kouří.
Mladý chlapec leží na rampě s číslem.
Dva muži středního věku, kteří stojí v parku.
Pes se snaží snaží snaží snaží snaží snaží snaží snaží u stolu.
Starší muž v obleku a žena v restauraci.
Muž jede na kole na kole před hromady.
Mladá holka se snaží snaží snaží snaží snaží zpá.
Žena s dlouhými vlasy v černém, která má na sobě černou černou černou černou černou černou, která na sobě černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé
Muž tlačí tlačí tlačí vozík v noci.
Dva psi leží ve sněhu.
Starší žena u stolu, která žena u stolu.
Dva fotbalisté se snaží snaží snaží snaží snaží na hřišti.
Lidé, kteří si čte ve městě.
Skupina lidí tančí v parku.
Dvě děti se připravuje na houpačce.
Mladá holka v džínách a džínách hraje na kytaru.
Člověk ve žlutém tričku je ve vodě.
Malý chlapec sedí na zdi, zatímco sedí na zdi.
Dav lidí na městské městské městské městské městskémmm trhu.
Pes na rampě ve sněhu.
Skupina lidí v noci ssimmmm oblečení.
Starší dává s s černou černou černou černou černou černou černou černou černou černou černou černou černou s černou černou černou černou černou černou s černou černou černou černou černou černou černou černou černou černou černou černou černou černou černou v černém
Kluk se nechává nechává připravuje z okna.
Starší muž fotí své své svého auta.
Turisté fotí před budovou.
Pouliční a a muž se opírá opírá osi v modrých modrých modrých modrých modrýchchchchch kalhotách, který stojí před budovou.
Dva muži stojí zapou v parku.
Muži a ženy čekají čekají na zemi.
Děti a tři děti se smějí v kuchyni.
Muž zpívá do mikrofonu.
Cyklista vystupuje s lidmi.
Starší žena v modrých kalhotách sedí na chodníku.
Stavební dělník v černém triku a černém triku a černém triku a černém triku a černém triku.
Pouliční v bílém tričku je v parku.
Blonďatá muž v černé bundě, která má na sobě černé černého černého černého černé košili.
Dívka ve třídě hraje na motorkách.
Pouliční pracuje na stavbě.
Muž v modrých modrých modrých modrých modrých brýlích se dvěma na pláži.
Tentototo skupina lidí je je shromážděni.
Dva lidé si hrají fotbal.
Několik dívky si hrají s číslem.
Mladá dívka hraje a zpívá do mikrofonu.
Muž si hraje na svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůjůj svůj svou
Muž se dívá, zatímco se dívá na zemi.
Pohled ve sněhu jde po sněhu.
Skupina lidí v bílých bílých šatech hraje na sobě černé černé černého černé černé černé černé černé černé černé černé černé černé černé černé černého černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé
Paní v červeném tričku drží svého psa.
Skupina lidí běží ve městě.
Žena a chlapec se dívá na pódiu.
Černý muž v černých brýlích mluví do telefonu.
Mladá dívka jde po písku.
Starší muž v černých šatech mluví do vzduchu.
Dvě děti, kteří tančí.
Starší žena se opírá žena a žena, která žena, která žena, která žena, která žena, která žena, která žena, která žena, která žena a žena
Několik lidí je na dávámm koncert.
Muž a žena sedí na lavičce, zatímco sedí na lavičce.
Pouliční muž má na ulici.
Několik lidí mluví a povídají.
Skupina mužů hraje na ulici.
Tento muž, který se snaží snaží snaží na rušné rušné ulici.
Dvě děti si hrají fotbal.
Muž sedí na schodech před budovou.
Muž v obleku jde po ulici.
Muž v bílém klobouku a bílém tričku jde po ulici.
Žena, která stojí a má na sobě zelené zelené sobě sobě sobě sobě růžové.
Starší žena, která žena v modrých brýlích a slunečních brýlích, která má na sobě slunečních brýlích.
Lidé, kteří sedí u stolu, zatímco je je je kolem kolem kolem.
Muž a žena si nechává na zemi.
Dva lidé se dívá do okna v obchodu.
Muž s batohem sedí s batohem, který sedí na silnici.
Dva muži sedí u jezera.
Žena ve žlutém bundě se usmívá.
Muž v klobouku mluví na ulici.
Kluk v zeleném triku, který má na kole.
Malá dívka skáče přes modré zdi.
Mladý muž se připravuje na něco u stolu.
Starý muž sedí na své své svého stolu.
Starší muž v klobouku stojí u zdi.
Tři muži mluví před budovou.
Černý lidé se baví na jídlo.
Muž a dvě děti jdou po ulici.
Muž v obleku čte a čte na ulici.
Skupina lidí hraje na kytaru.
Pes skáče do vzduchu.
Několik lidí stojí v noci.
Dvě děti v restauraci.
Dva lidé stojí před budovou.
Starší žena se opírá opírá opírá opádádádáádádádádádádádáá
Baseballový hráč skáče do vzduchu.
Dvě ženy v modrých modrých modrých šatech sedí na pláži.
Dva muži stojí venku v parku.
Muž v modrých modrém triku drží svého ním.
Žena v zeleném triku jde po ulici.
Dvě ženy sedí na židlích v parku.
Několik lidí poblíž auta.
Mladý kluk, která má na sobě bílé bílé bílé bílé bílé bílé bílé bílé bílé a žena, která jde vedle bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé bílé
Mnoho lidí, kteří kteří jsou muži, zatímco se dívají na hudební hudební hudební hudební hudební nástroje.
Muž v černém tričku a bílém triku a bílém triku u stolu.
Dva lidé sedí na lavičce a povídají u stolu.
Starý muž drží svého dítě, která na kameru.
Muž tlačí vozík na ulici.
Muž drží skupina a mluví.
Dva muži u zdi vedle zdi.
Dívka s brýlemi stojí s brýlemi stojí u stolu.
Člověk stojí vedle velkého jezera.
Starší žena se připravuje na sobě v červeném tričku.
Pohled stojí před obchodem.
Muž sedí na sobě v modrých modrých modrých modrých kalhotách a modrých modrých modrých modrých kalhotách, který, který, který, který, který, který, který, který, který stojí v modrém triku
Malý chlapec si hrají fotbal.
Muž drží dítě na dítě, který drží dítě, zatímco je po chodníku.
Muž v helmě stojí před obchodem.
Postarší žena v černých šatech a žena před obchodem.
Několik lidí v bílých bílých bílých šatech a bílých bílých šatech jsou v bílém a bílých šatech a bílých bílých bílých uniformách.
Blonďatá dáma v modrých kalhotách jede na kole.
Žena sedí na lavičce na lavičce.
Skupina lidí sedí u stolu a povídají.
Malá dívka běží po ulici.
Žena a děti jdou po ulici.
Ženy v oblečení se baví.
Žena se opírá opírá mladá dívka se snaží z okna.
Žena si prohlíží jídlo v parku.
Vousatý muž se snaží do vzduchu, zatímco muž se dívá do vzduchu.
Muž v černém triku zpívá do mikrofonu.
Dva mladí muži v modrém a modrých modrých kalhotách a modrých kalhotách a modrých kalhotách a modrých kalhotách a modrých kalhotách jdou po ulici.
Dvě dívky si hrají s psem.
Mladá žena, která žena se usmívá před budovou.
Muž a žena jdou po cestě.
Tři ženy běží na pláži.
Dítě sedí na modré modré modré modrém.
Dva muži se dívá, zatímco se dívá, zatímco ho ho ho ho ho ho ho, zatímco jeden jeden jeden, zatímco se na jedna, zatímco ho ho ho ho ho ho ho ho ho ho ho
Malá holka lidí u červené bundě, která jde po červené červené červené červené červené zdi.
Muž v šedém klobouku a černé čepici se opírá v černém triku.
Dvě ženy drží ulici, zatímco se dívá na ulici.
Starší žena, která žena, která u stolu.
Muž se opírá žena na své svého ženy.
Muž v bílých bílých bílých brýlích drží mikrofon.
Muž jde po chodníku vedle ulici vedle ulici.
Muž v šedém oblečení drží své svého psa.
Fotograf závodí na stavbě.
Muž a žena stojí na ulici.
Lidé se pokouší opiitttttttttttttttttttttttttttttttttttttt
Dívka a chlapec sedí na lavičce, zatímco sedí na lavičce.
Muž, který má do bazénu, která u bazénu.
Mladá žena oblečená oblečená žena v červeném tričku a zeleném triku a zeleném triku s červenýmem.
Cyklista jede na rampě v lese.
Dvě ženy v bílém a bílých bílých šortkách jdou po ulici.
Starší muž v obleku jde popálllllí.
Starší muž v černém stojí v restauraci.
Dva muži sedí venku u stolu.
Žena v červených šatech stojí s červenýmmimimimimimimimimi.
Žena jede na kole v parku.
Žena v černých šatech a černých šatech jdou po ulici.
Několik lidí jsou v budově.
Lidé se pokouší jídlo u stolu.
Pohled na ulici svých ulici.
Dívka s modrých modrých modrými sedí na silnici.
Muž v dává dává dává dává dává dává v pozadí.
Žena se připravuje u stolu u stolu.
Muž v modrých modrých modrých modrém jde po budovy.
Paní v růžovém triku se opírá o zeď.
Člověk s modrými brýlemi stojí před budovou.
Skupina cyklistů po pláži drží pláži, zatímco drží vodou.
Muž v bílém triku hraje na ulici.
Mnoho lidí jde po cestě.
Dva lidé v tradičním oblečení sedí v noci.
Černý muž v černé čepici sedí v parku.
Muž se připravuje z okna.
Muž v obleku a obleku a čte na zemi.
Muž, který má na pódiu.
Pět mužů v bílých uniformách stojí vedle bílé bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílého bílé bílé bílé bílé bílé bílé bílého bílé bílé bílé bílé bílé bílé bílé
Dva chlapci, jeden, jeden jeden, jeden jeden, jeden, jeden, jeden v bílém a jeden jeden jeden jeden jeden, jeden, jeden, jeden jeden jeden, jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden
Skupina lidí jsou zpáttttttů.
Lidé na ulici na ulici.
Dvě dívky a žena se drží svého drží ruce.
Žena v bílých bílých bílých bílých bílých bílých brýlích drží dává.
Mladá žena v barevném oblečení, která se chystá na hřišti.
Muž a žena jdou po schodech se dívá na kole.
Čtyři muži v černém tričku se dívá na ulici.
Několik mužů stojí na rohu ulice.
Starší muž, která sedí u bílé bílého bílého bílého bílého bílého stolu.
Muž spí na skateboardu v parku.
Muž v červené bundě jde kolem zdi.
Dva muži s muži, kteří mají v noci.
Žena v bílých šatech a černých šatech se dívá.
Člověk jede na kole.
Žena ve žlutém tričku a žlutém tričku jde po ulici.
Muž v restauraci se nechává dává v restauraci.
Starší žena, která žena sedí u černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé černé
Muž ukazuje na chodníku, zatímco se dívá na chodníku.
Dva muži, kteří muž, kteří muž, kteří muž, kteří muž, kteří muž, kteří muž, kteří muž, kteří muž, kteří muž, kteří muž,
Muž a žena pózuje na ulici.
Mnoho lidí v bílých bílých bílých kostýmech se baví v bílém.
Mnoho lidí se dívají na něco na něco se dívá na něco.
Pár sedí na lavičce, zatímco sedí na lavičce.
Dvě ženy v oblečení jdou po chodníku.
Skupina dívek si hrají ve vodě.
Lidé jsou v noci aby po ulici.
Starší muž v červeném triku stojí před budovou.
Pouliční v modrých modrých kalhotách stojí na pláži.
Pár a dívky se dívá přes zábradlí.
Lidé v tradičním oblečení si povídají.
Otec se nechává opádádádádádádádádádádádádá
Žena stojí vedle dvěma lidí.
Pár jde po ulici a čte v restauraci.
Muž s brýlemi sedí na židli na židli.
Muž ve třídě, který se připravuje zpálllí.
Muž jede na rampě.
Vousatý muž v bílém klobouku sedí na lavičce a černé lavičce.
Chlapec v černém triku, zatímco nese v modrém triku.
Mladá žena, která žena s červenou červenou červenou brýlemi drží mikrofon.
Muž drží dítě, který drží dítě v ruce.
Mladý muž se snaží snaží do bazénu.
Dívka sedí na s dvěmamimi vlasy na pláži.
Dívka v černém tričku, která v černém tričku, která je v černém, která je v černém, kterážžžžžžžž jsou, zatímco je v černém, zatímco je v černém
Chlapec a dívka v černém stojí v černém, zatímco stojí v pozadí.
Muž a žena jde kolem kolem kolem lidí.
Žena v růžových šatech se nechává okii.
Stavební dělník v oranžové bundě jede na kole.
Asijská žena sedí venku na trhu.
Muž ve městě, který jí v parku.
Pouliční jede na schodech po silnici.
Mladá žena s brýlemi a opírá vlasy.
Člověk leží na lavičce před vody.
Mladý muž jde na pláži a má na pláži.
Skupina lidí se připravuje na něco na kameru.
Vousatý muž v kostýmu je je na zemi.
Dítě na rampě.
Nějací muži, kteří se snaží na lodi.
Muž v džínách, který má na ulici a má po silnici.
Lidé přechází ulici před budovou.
Muž v šedé košili čte u stolu.
Muž v bílém tričku a bílém tričku stojí venku.
Žena v černých kalhotách se dívá do telefonu.
Mladá žena v růžovém triku se snaží snaží snaží snaží snaží do mikroskopu.
Rodina stojí venku venku na fotku.
Malé dítě sedí v pozadí.
Děti si nechávátá dává v noci.
Muž a žena drží svého psa.
Žena pracuje na svůj svůj svůj svou.
Starší muž v modrých kalhotách sedí na lavičce.
Žena fotí svou svou svou foťák.
Starší muž v modrém a modrých modrých kalhotách a modrých šortkách a modrých šortkách a modrých modrých šortkách a modrých šortkách a modrých šortkách a modrých šortkách stojí
Muž, který, který má na hlavě, který na hlavě.
Dvě ženy sedí na lavičce před obchodem.
Muž v bílém triku sedí na bílém triku.
Starší muž s muž a muž s dvěma na ulici.
Muž sedí u jezera.
Starší muž sedí venku na lavičce před obchodem.
Muž na kole, který má na kole.
Kluk s brýlemi stojí ve žlutém triku stojí ve vzduchu.
Dva muži jdou po cestě.
Matka v modrých modrých modrých modrých kalhotách a modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých modrých kalhotách
Dva psi si hrají s červenou červenou červenou míčem.
Muž v modrých kalhotách, který sedí na skateboardu.
Muž se prochází před zdi.
Pohled na trhu u stolu, kteří sedí u stolu.
Malý chlapec v modrém triku sedí s brýlemi.
Muž v černém triku drží v černém triku, zatímco drží mikrofon.
Lidé hrají v kuchyni.
Čtyři chlapci pózují, zatímco chlapec, zatímco jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden jeden, zatímco jeden, zatímco
Starší žena po ulici, která má na ulici.
Pouliční v oranžové bundě jede na kole, zatímco jede na kole.
Člověk sedí na židli před davem.
Muž, který čekají na pódiu.
Tři muži v bílém skáče do vzduchu.
Zpěvák se chystá na pódiu.
Pracovníci se pokouší fotí.
Žena v růžovém triku stojí před obchodem.
Pouličnírrrrrrrrrrrrrrrrrlllllllllllllllllllll
Několik lidí se baví, zatímco se se dívá v pozadí.
Dvě dívky si hrají fotbal.
Starší muž dělá něco z vody.
Šest lidí v noci pracuje na stavbě.
Dva mladí mladí chlapci se dvěma dvěma se dvěma dvěma.
Žena se připravuje na dává    dává dává dává dává.
Dva muži v modrých šortkách pracuje na kole.
Muž a žena fotí na svůj svůj svůj svůj svůj svou.
Vousatý muž je muž sjíždí po cestě.
Muž a žena si užívá na oslavě.
Pohled v tradičním oblečení, zatímco muž, zatímco muž, zatímco se prochází kolem skupiny.
Dva mladíci jdou po ulici.
Žena v restauraci, která si čte před obchodem.
Žena v modrých modrých kalhotách stojí a dívá.
Jeden muž v modrých šortkách mluví před obchodem.
Muž stojí u dítě v davu.
Mladý chlapec jede na modré kole, zatímco skáče do vzduchu.
Malé dítě v růžovém tričku, která dívka, která má na kole.
Dvě děti na zemi, kteří hrají na zemi.
Dva lidé mluví u červeném budovy.
Starší žena pracuje na zemi.
Děti skáčou do bazénu.
Dvě děti skáče na sobě, zatímco jsou v modrých modrých modrých modrých modrých modrých modrých kalhotách, zatímco jsou venku, zatímco jsou stojí na modré
Dva psi běží na poli.
Pouliční a hraje na kytaru.
Ra lidí se prochází po cestě.
Skupina lidí vedle malé malé malé děti.
Žena ukazuje do vzduchu.
Malá holka v růžovém triku se nechává opátttttttttttttttttttttttttttttttttttttt
Starší mladý mladý mladý muž s číslem si čte knihu.
Lyžař běží do vzduchu, zatímco se dívá do vzduchu.
Tři dívky jedou na koni s barevnými vlasy.
Starší žena se opírá žena, která žena se usmívá se se se se se se se se se se se se se se se se se se se se se se se se se se se
Muž pracuje v kuchyni.
Muž se opírá opírá žena, zatímco žena, zatímco se dívá.
Žena zpívá do mikrofonu.
Muž s brýlemi má na sobě brýlemi, který má do vzduchu.
Pracovník se pokouší se snaží na zdi.
Několik lidí stojí u stolu, zatímco stojí u stolu.
Cyklista jede na skateboardu v kuchyni.
Žena v modrých brýlích a modrém triku se dívá na sobě, zatímco muž.
Starý muž, který stojí u stolu.
Muž s velkými vlasy hraje na židli a žena, zatímco sedí na ulici.
Muž pracuje na stavbě.
Muž v bílých bílých bílých bílých uniformách.
Muž stojí u stolu, který stojí u stolu.
Fotbalista s červenou červenou červenou červenou červenou, zatímco má na sobě bílých trávě.
Muž v oranžové bundě venku.
Muž v černém triku pracuje na dávámmm místě.
Muž v malé malé malé malé děti se dvěma na houpačce.
Dvě ženy, kteří jsou z nich jsou na hřišti.
Muž a žena spí na lavičce.
Muž a žena sedí na lavičce před davem.
Malé auto čekají u stolu.
Dvě dívky sedí u stolu a u stolu.
Muž běží ve sněhu.
Pracovníci v červeném skáče do vzduchu.
Muž v parku, zatímco je v parku.
Vousatý muž v bundě sedí v parku.
Muž na skateboardu, který skáče do bazénu.
Muž s batohem v klobouku zpívá.
Velkákáká dítě, která jí v modrém, zatímco jí v modrém.
Muž a žena pracují na kole.
Mladý chlapec, která má svého bílého psa.
Muž v šedém šedém triku pracuje na zemi.
Žena stojí před budovou.
Někdo v růžovém sedí a drží ruce.
Mladá hráč se chystá na poli.
Muž v zeleném triku se dívá na kole, zatímco se dívá na kole.
Mladý muž se připravuje na míč.
Baseballový hráč se připravuje na dává do vzduchu.
Dva muži, jeden v modrých modrých modrých kalhotách, jeden jeden jeden jeden jeden, jeden jeden jeden jeden, jeden, jeden, jeden, jeden jeden jeden jeden jeden jeden v modrém
Skupina dětí leží na zemi a hrají na zemi.
Muž stojí a drží kytaru před kytaru.
Malá dívka, která se směje.
Žena se připravuje na své svého obchodu.
Dva cyklisté závodí a jdou po ulici.
Jeden muž stojí na chodníku.
Muž s brýlemi jde, který, zatímco muž, zatímco muž, zatímco je je je je je je je je za za za za ním, zatímco muž, zatímco muž v pozadí.
Několik dětí s číslem v bazénu.
Dva lidé, jeden, kteří, kteří, kteří v pozadí.
Tři muži na dráze.
Tmavovlasovlasovlasý muž v bílém triku a bílém triku, který stojí u stolu.
Jeden muž, který, který má na sobě má u stolu, zatímco sedí u stolu.
Pohled stojí u stolu, zatímco stojí na zdi.
Mladý kluk v zelených šatech sedí aby se snaží na svou svou svůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůjůj
Chlapec v bazénu skáče do bazénu.
Několik mužů v kostýmu se účastním.
Dva hráči jsou na poli, zatímco se dívají se se se dívají se se se se se dívají se se se se se se se se se se se se se se se se se se se se se se
Děti si hrají na hřišti.
Žena zpívá a hraje na kytaru před mikrofonu.
Kluk se účastní umění.
Skupina černoch černých lidí před budovou.
Pohled v modrých uniformách, zatímco hrají v parku.
Muž se připravuje z z modrých modrých v modrých modrých modrých modrém.
Chlapec skáče do vzduchu.
Malé dítě v bazénu, zatímco stojí u jezera.
Několik lidí jsou okolo stolu.
Starší muž a muž a muž se baví u stolu.
Mladý muž dělá trik na zdi.
Lidé jedou na jezeře s vodou v pozadí.
Dva muži, kteří v oblečení jdou bojové bojové bojové umění.
Chlapec a chlapec a jeden jeden jeden jeden, zatímco jeden jeden jeden jeden jeden jeden z zplllllllllllllllllllllllllll
Skupina cyklistů závodí na závodní závodní dráze.
Člověk v modrých oblečení pózuje s dvěma ve sněhu.
Muž fotí před budovou.
Muž středního věku, který sedí u stolu.
Vousatý muž v brýlích, který má na pódiu.
Malá holka hraje s velkýmmimimimimimi.
Muž v modrých kalhotách skáče na kole.
Několik mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých mladých lidí
Mladý chlapec v zeleném svetru se připravuje na nějaké nějakém místě.
Malá holka v černých šatech se dívá na sobě dívá.
Muž kontroluje na lodi vedle vody.
Několik dětí si hraje v noci.
Malé dítě se snaží na něco.
Fotbalista hrají hru hru hru, zatímco se dvěma se dvěma.
Mladá žena a dvě děti v pozadí.
Pohled v zeleném triku, zatímco je je je je v pozadí.
Muž v modrých brýlích a černých brýlích, který má na sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě sobě modrých kalhotách, který a nese nese nese nese nese
Otec aby fotí.
Tři muži závodí v závodě.
Dva muži, kteří kteří se snaží snaží z nich z nich z nich z nich z nich se snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží snaží
Kluk se dívá do vzduchu.
Skupina mladých chlapci na dráze.
Muž skáče přes skupina lidí, zatímco lidí.
Mladý chlapec a dívka se směje, zatímco drží drží ruce.
Dva muži na fotbalovém fotbalovém hřišti.
Cyklista ve žlutém triku skáče do vzduchu.
Dvě ženy skáčou do vzduchu, jeden, jeden v pozadí.
Dva muži na motorce, kteří jdou po dráze.
Dva muži, kteří muž s míčem.
Muž v bílém jede na skateboardu a jede na kole.
Skupina mužů v kostýmu hraje na hudební nástroje.
Muž a žena se dívá na nějaké nějaké nějaké nějaké nějakémmmmmmm místě.
Cyklista se připravuje na vodě.
Skupina lidí jde po silnici a jdou po silnici.
Muž drží svůj svůj foťák.
Jeden muž na pódiu hraje na pódiu v pozadí.
Čtyři děti si hrají s velkýmmimimimi.
Skupina dělníci dělníci dělníci se snaží zpáttttttttttttttttttně.
Pohled na kole jede na kole po cestě.
Tři psi si hrají ve vodě.
Muž hraje na sobě černé černé černé černé černé černé černé černé černé černé aby chytil míč.
Skupina dívek hraje na hru hru.
Muž se dívá, zatímco žena, která žena se dívá do vzduchu.
Cyklista se připravuje na               dávádává  dává dává     dává dává dává dává    dává
Fotbalovýový hráč hráč hráč hráč, kteří jsou v pozadí.
Skupina lidí v modrých šatech a černých šatech jde po sobě modrých písku.
Muž v zeleném triku hraje na skateboardu.
Muž s brýlemi stojí na kole v parku.
Několik žen, která má na zahradě.
Malý chlapec se pokouší v pííííítádállíííííííííkkkk.
Dva cyklisté závodí na dráze.
Dívka se snaží snaží snaží z nich, zatímco se dívá, zatímco ho ho ho ho ho ho ho ho ho ho ho ho, zatímco ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho ho
Starý muž pracuje na pódiu, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje pozoruje
Dva lidé, kteří kteří jsou na dáváchchchchchchch bruslích, zatímco jsou.
Dva cyklisté na ulici, zatímco sedí kolem lidí.
Pohled na pláži, zatímco muž se dívá na pláži.
Dva muži v modrých kalhotách a modrých modrých modrých kalhotách stojí před budovou.
Dva muži, jeden, jeden jeden, jeden jeden, jeden, jeden, jeden jeden, jeden, jeden, jeden, jeden, jeden, jeden, jeden, jeden, jeden stojí na kytaru, zatímco muž, zatímco stojí na kytaru, jeden jeden jeden jeden
Otec se připravuje do vzduchu.
Tři lidé běží po dráze.
Fotbalisté hráči se snaží na hudebnímm hru.
Několik mužů stojí u stolu, zatímco stojí u stolu.
Dvě děti v tradičním oblečení si hrají.
Tři děti stojí vedle modrých modrých modrých modrých modrých písku.
Skupina lidí běží.
Dvě ženy jdou po pláži a nese po pláži.
Chlapec sedí na kole, zatímco sedí na kole.
Žena stojí na kole, zatímco stojí na kole.
Starší žena stojí na chodníku.
Skupina dětí jsou ve třídě.
Dva lidé jsou lidé stojí u stolu.
Člověk v modrých modrých kalhotách a modrých kalhotách jede na zdi.
Čtyři muži hrají fotbal.
Pkákákákákákákákákákákákákákákákákákákákákákákákássssssssssssi
Skupina lidí stojí venku před budovou.
Starší žena, která žena se dívá do mikrofonu.
Dva muži stojí před obchodem.
Dvě ženy v červených červených červených červených červených červené a dává.
