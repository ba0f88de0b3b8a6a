Skupina mužů se připravuje na zemi.
Muž spí v zelené zelenémmmm oblečení.
Chlapec, která má na lavičce.
Dva muži pracují na kole.
Plešatý muž v červené bundě sedí na lavičce.
Žena v červené bundě drží ceduli.
Hnědý pes běží po trávě.
Mladý chlapec, který má na sobě červený míč.
Muž v modré bundě se dívá do vzduchu.
Usmívající se dívá na kole.
Malé dítě stojí na chodníku.
Člověk na kole ve sněhu.
Tři malé děti stojí a modrých venku.
Žena sedí venku venku venku venku.
Žena si hraje na kytaru.
Tři lidé na pláži.
Muž spí na lavičce.
Skupina lidí stojí před budovou.
Mladá žena se dívá do vzduchu.
Tři dívky, kteří stojí na ulici.
Muž v černém triku stojí na kole.
Žena a muž jde po ulici.
Muž v obleku skáče do vzduchu.
Asijská dívka v zelené košili a modré košili.
Stavební dělníci stojí na stavbě.
Dva psi si hrají v trávě.
Cyklista dítě se dívá na dítě.
Tři muži jdou po cestě.
Člověk skáče přes vody.
Cyklista se dívá na kole.
Mladá dívka běží v parku.
Člověk na ulici.
Dítě hraje na hřišti.
Člověk, který má na sobě červené zdi.
Skupina lidí v obleku a džínách a muž v obleku.
Žena sedí u stolu.
Lidé jdou po chodníku.
Muž s brýlemi sedí u stolu.
Velký hnědý pes se psem v tlamě.
Blonďatá dívka v modré košili stojí před obchodem.
Mladý muž v bílých kalhotách se opírá.
Člověk se dívá do vzduchu.
Kapela hraje na kytaru.
Starší muž jde po trávě.
Muž dělá trik.
Mladý muž, kteří v černém a černých kalhotách.
Mladý chlapec se dívá do vody.
Dvě ženy s vlasy a vlasy mluví.
Starší muž před budovou.
Pes jde v tlamě.
Tři psi si hrají na něco.
Dva muž jede na kole po cestě.
Dvě dívky jdou po ulici.
Skupina dětí sedí na lavičce.
Cyklista se dívá na zemi.
Usmívající se dívá do mikrofonu.
Muž v restauraci.
Muž v obleku a obleku mluví do mikrofonu.
Muž v černém jede na kole.
Žena s brýlemi sedí na lavičce.
Tři ženy a dvě ženy sedí na lavičce.
Člověk skáče přes překážku.
Muž v zeleném leze po chodníku.
Dva dělníci pracují na stavbě.
Žena v šedém oblečení jde po ulici.
Žena v modrém a modré bundě skáče do vzduchu.
Muž, který má na kole.
Cyklista se dívá na chodníku.
Postarší muž se snaží se dívá v obchodě.
Dvě malé malé dívky si hrají s dětmi.
Několik lidí se dívá na chodníku.
Dva lidé leze po chodníku.
Muž a žena na pláži.
Dítě skáče do vzduchu.
Děti na kole jede na kole.
Dva lidé drží své svéhohohoho dítě, zatímco dítě.
Dva muži v uniformách hrají fotbal.
Žena v černých šatech jde po chodníku.
Cyklista jede po cestě.
Muž stojí na zemi.
Skupina lidí předvádí trik.
Žena a dítě sedí na chodníku.
Osamělýělý muž se snaží z nich.
Člověk s brýlemi na chodníku.
Malá dívka hraje na kytaru.
Mladá žena a žena, která žena v restauraci.
Ženy jde po cestě.
Muž se pokouší z nich, zatímco se dívá.
Hnědý pes v černých brýlích.
Hnědý pes běží po chodníku.
Dítě se dívá na lavičce.
Starší muž se snaží snaží snaží snaží se snaží snaží snaží se snaží snaží snaží.
Malé dítě a žena stojí u stolu.
Dítě v kuchyni.
Muž v bílých brýlích drží ceduli.
Mladá žena stojí na kytaru.
Dě děti se děti v parku.
Mnoho lidí si užívá si užívá na zemi.
Něja muži sedí na pláži.
Mladý muž nese svého psa.
Starší muž se pokouší.
Muži, který má na pódiu.
Několik lidí stojí u stolu.
Hnědý pes skáče na kole.
Turista pózuje na kole.
Skupina dětí si hrají ve vodě.
Žena se usmívá, zatímco drží ceduli.
Dvě ženy stojí před obchodem.
Dvě ženy mluví do stolu.
Člověk v klobouku se dívá do mikrofonu.
Dva lidé jdou po ulici.
Starý muž drží svého psa.
Tři děti si hrají na kytaru.
Kluk se dívá do vzduchu.
Černý pes se dívá do vody.
Žena v černém klobouku se dívá do sněhu.
Muž sedí na kytaru.
Pes skáče do vody.
Mladá žena skáče do vzduchu.
Tři muž hraje na pódiu.
Čtyři lidé, kteří se pokouší.
Muž se dívá na koni.
Muž v červeném triku se usmívá.
Mladý chlapec v žlutém triku se směje.
Malé dítě a dítě si venku.
Jeden muž a dvě ženy, který má na ulici.
Dva psi běží po sněhu.
Malá dívka si hraje na kytaru.
Muž v bílých bílých bílých bílých bílých bílých bílých bílýchch bílých bílých bílých kalhotách
Lyžař se baví před budovou.
Lidé se dívají na pláži.
Několik lidí ve vodě.
Ženy v písku.
Muž a žena sedí u stolu.
Matka a dvě děti se baví s dvěmami.
Cyklista v červeném skáče do vody.
Čtyři muži stojí u žlutéhohoho dne.
Skupina mužů a ženy, kteří jsou na pláži.
Malý chlapec v bílýchchchch šatech na pódiu.
Malá dívka se dívá uhohohoho stolu.
Hnědý pes běží na pláži.
Muž v červeném triku stojí před obchodem.
Muž se dívá do mikrofonu.
Kapela hraje na pláži.
Dvě ženy se směje.
Žena v růžovém triku se dívá na sobě košili.
Dítě sedí na zemi.
Muž sedí na lavičce a čte knihu.
Cyklista v červené bundě se dívá do mikrofonu.
Muž v červeném a bílé bundě jdou po ulici.
Černo-bílý pes ve vodě.
Kapela hraje na pódiu na pódiu.
Tři lidé si hrají na kytaru.
Muž hraje na kytaru a zpívá do mikrofonu.
Mladý chlapec skáče do vody.
Žena si čte knihu.
Stavební dělníci pracují na stavbě.
Muž se dívá na pláži.
Blonďatá žena v modré košili má na sobě modré košili.
Dva muži stojí u stolu.
Mladý muž mluví do mikrofonu.
Vousatý muž, který má na hlavě.
Pes v plavkách se dívá do mikrofonu.
Skupina lidí hraje před budovou.
Tři psi si hrají ve sněhu.
Muž a žena stojí vedle sebe.
Pes skáče do vzduchu.
Starší žena v červeném tričku a červené košili se dívá na hlavě.
Žena v obleku si venku.
Žena, která má na sobě má na hlavě.
Dítě stojí a drží kytaru.
Muž s dlouhými vlasy se snaží na kole.
Muž se dívá na lavičce.
Skupina lidí ve vodě.
Muž v žlutém triku stojí na chodníku.
Žena v modré košili a modré košili se dívá do mikrofonu.
Žena v obleku a mluví do mikrofonu.
Člověk jede na motorce.
Muži v modré bundě sedí na lavičce.
Starší se pokouší se pokouší.
Muž se snaží na kytaru.
Fotbalový hráč v bílém mluví do mikrofonu.
Dvě dívky sedí u zdi.
Muž na hřišti.
Tentoto dívka v červených červených červených červených červených červených červených červených červených červených červených červených dresech a červených červených červených červených červených červených červených červených červených kalhotách
Kluk v černém oblečení jede na pláži.
Děti pózuje na pódiu.
Muž v zeleném triku se dívá na pláži.
Pět lidí si hrají fotbal.
Tři ženy sedí na zemi a dvě ženy sedí na zemi.
Muž a chlapec sedí u stolu.
Muž s brýlemi se slunečními brýlemi po chodníku.
Pes běží po trávě.
Dívka s míčem se dívá na hřišti.
Dva muž na sobě modré a modré modré modré modré modré a modrých modrých modrých kalhotách.
Dívka v červeném tričku a bílé košili se snaží snaží míč.
Muž sedí u stolu.
Hnědý pes běží po písku.
Člověk ve vodě.
Muž v červené bundě sedí na lavičce.
Muž venku a bílých bílých se pokouší.
Dva muži v oblecích se dívají na trhu.
Muž a chlapec si hrají na pláži.
Muž se usmívá se dívá do pozadí.
Tento muž, který má na sobě bílé košili.
Žena se dívá na sobě černé a černých černých.
Cyklista v červeném hraje na kytaru.
Dav lidí stojí před budovou.
Několik lidí jde po cestě.
Tmavovlasovlasá žena, která má na sobě brýle.
Mnohoo dětí sedí u stolu.
Muž se snaží do vzduchu.
Cyklista a žena se dívá u stolu.
Dva psi se pokouší u stolu.
Muž pracuje na pláži.
Něja Nějacícícícícícícícícícícícícícící lidé.
Kapela hraje na chodníku.
Muži v oranžové bundě se dívá do vzduchu.
Mladý muž v kostýmech jdou po poli.
Velký hnědý pes běží skrz vody.
Muž a žena jdou po ulici.
Muž skáče do oceánu.
Dvě děti v modré bundě si hrají.
Několik lidí skáče do vzduchu.
Žena a chlapec si čte knihu.
Skupina lidí stojí na zemi.
Mladá dívka plave v bazénu.
Kluk s brýlemi se usmívá se dívá do mikrofonu.
Malá dívka stojí venku venku.
Malá dívka drží ceduli.
Čtyři lidé se snaží na kole.
Velký hnědý pes skáče do vody.
Pes běží po poli.
Skupina lidí, kteří se dívají.
Dítě v červené bundě leze po chodníku.
Cyklista se pokouší z nich z nich z nich.
Kluk se dívá na lavičce.
Dvě děti s brýlemi sedí na lavičce.
Muž na svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj sv
Starší muž jde v ruce.
Cyklista žena a žena stojí u stolu.
Mladý chlapec skáče do vzduchu.
Malé dítě se směje.
Muž mluví před budovou.
Čtyřici se pokouší.
Žena v modrém triku hraje na kytaru.
Tentototo je ve městě.
Muž sedí ve vodě.
Pár se pokouší.
Čtyři lidé jdou po ulici.
Čtyři lidé v parku.
Kluk dělá trik.
Muž na pláži.
Velký hnědý hnědý pes honí psa.
Muži v bílých brýlích drží ceduli.
Žena se snaží míč.
Černý pes stojí v trávě.
Dav lidí s batohem a brýlemi se na pláži.
Cyklista jede po cestě.
Tři lidé sedí venku venku u stolu.
Bílý muž a žena jde po ulici.
Muž v bílém tričku leze po chodníku.
Hnědý pes a černých pes se dívá do vody.
Muž v modré bundě a modré košili se usmívá.
Dva chlapci si hrají s míčem.
Dva muži stojí na trhu.
Kluk jede na houpačce.
Černý muž se dívá do mikrofonu.
Člověk s červenou červenou batohem na kole.
Starší muž a oranžových oranžových oranžovýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch
Velký lidí stojí u budovy.
Tři ženy v bílých brýlích sedí na ulici.
Muž v bílém triku je v bílém triku.
Člověk s brýlemi a brýlemi se dívá na pláži.
Muž se dívá na chodníku.
Muž v černém tričku a černých kalhotách drží své své svéhoho psa.
Muž s brýlemi, který má na sobě brýle.
Jeden dítě jde kolem stolu.
Mladá dívka se směje.
Mladé dítě v růžovém se dívá do mikrofonu.
Starší žena se směje.
Fotbalový hráč v zeleném triku běží po poli.
Dívka skáče přes překážku.
Několik dětí sedí na lavičce.
Starší muž stojí u vody.
Velký bílý pes skáče do vzduchu.
Muž v šedém tričku tričku tričku tričku tričku tričku tričku tričku tričku.
Černý pes skáče do vody.
Dva psi běží po cestě.
Čtyři lidé v kostýmech stojí venku.
Lidé a dva lidé se dívají.
Čtyři psi si hrají v černém.
Muž v obleku mluví do mikrofonu.
Skupina lidí se shromažďuje na trhu.
Starší plave v bazénu.
Žena s bílými vlasy a bílými vlasy na pódiu.
Jeden muž se dívá vedle sebe vedle sebe.
Dívka v bílém triku je v červeném triku.
Kluk a dívky se dívá na hřišti.
Dítě v oranžovém triku skáče do vzduchu.
Kluk dělá trik na skateboardu.
Muž se pokouší osem.
Cyklista sedí u stolu.
Čtyři děti jde po ulici.
Muž s batohem se dívá do mikrofonu.
Starší muž, který se dívá na hlavě.
Pes v poli se dívá na poli.
Žena a dítě si hraje na kytaru.
Čtyři děti sedí na kole.
Malý pes a hnědý pes se psem.
Dva muži jdou po ulici.
Něja muži se dívá na lavičce.
Dvě ženy se dívají na kameru.
Blonďatá žena v hnědém klobouku se dívá do mikrofonu.
Bílý pes běží po trávě.
Kluk si čte knihu.
Dvě malé dívky jdou po cestě.
Nevěsta se dívá na svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svou
Žena se opírá v oranžovém triku.
Dvě ženy s brýlemi jde po ulici.
Čtyři ženy v kostýmech.
Tentoto žena a žena ve městě.
Dívka v černém hraje na pláži.
Muž s brýlemi a brýlemi v bazénu.
Tři děti, kteří má na sobě sobě bílé košili.
Žena se připravuje na pódiu.
Člověk nese tašku.
Dítě stojí na pódiu.
Kluk stojí ve vzduchu.
Tento dítě v parku.
Muž ve vodě.
Děti se připravuje na sobě sobě modré budovy.
Vousatý muž sedí na trávě.
Žena a dvě děti se baví na pláži.
Pár jde po ulici.
Muž dělá trik na kole ve vzduchu.
Muž v modré bundě stojí na ulici.
Žena v žlutém tričku a brýlích jde po chodníku.
Dvě ženy se dívají na zemi.
Dva psi psi běží v poli.
Mnoho lidí v tradičním oblečení a dva lidé jsou.
Skupina lidí jí v restauraci.
Žena, která má na kole.
Několik lidí sedí a černých v černém.
Muž a žena pózují na ulici.
Dva psi si hrají ve sněhu.
Malý pes skáče na ulici.
Muž v černém tričku hraje na kytaru.
Kluk a muž s brýlemi mluví.
Dívka v bílém tričku a bílé košili hraje na kytaru.
Dva muži stojí na ulici.
Kluk v oranžovém tričku a šortkách drží ceduli.
Člověk dělá trik v oceánu.
Dvě mladé mladé ženy sedí na chodníku.
Pes běží po sněhu.
Velká skupina lidí před budovou.
Hnědý pes a bílý pes leží na ulici.
Dvě dívky se směje.
Matka a dítě se směje.
Muž v černém triku se dívá do mikrofonu.
Žena v bílém hraje na kytaru.
Snowboardista skáče do vzduchu.
Několik lidí stojí v místnosti.
Muž v klobouku hraje na kytaru.
Muž se dívá u stolu u stolu.
Žena v bílém tričku a bílých kalhotách se dívá na zemi.
Jeden muž v obleku hraje na pláži.
Dva muži v červených šatech si hrají.
Malé dítě jede na kole.
Dítě v modré bundě a modré bundě venku.
Dítě sedí na lavičce v parku.
Dva muži v oranžovém oblečení stojí venku.
Dva chlapci v parku.
Cyklista v černých černých černých černých šatech se dívá.
Dva muži pracují na koních.
Žena nese svéhoho psa.
Cyklista trik ve vzduchu.
Mladý muž v zeleném triku si čte na pláži.
Muž v zeleném bundě se dívá do vzduchu.
Muž leze po chodníku.
Mladý muž jede na ulici.
Dva psi běží na trávě.
Člověk v červené bundě jde před budovou.
Cyklista žena sedí u stolu.
Dva chlapci ve vzduchu.
Muž v brýlích se dívá do mikrofonu.
Dítě v zeleném triku drží míč.
Muž s brýlemi na něco něco do mikrofonu.
Kapela hraje fotbal.
Skupina mužů jde po cestě.
Muž pracuje na kole.
Tři psi si užívá ve sněhu.
Kluk skáče přes vody.
Skupina dětí sedí u stolu.
Skateboardista dělá trik na poli.
Skupina dětí a dětí si hrají na nástroje.
Skupina lidí sedí u stolu.
Žena v zeleném triku je v zeleném triku.
Mladý lidé si hrají na hřišti.
Cyklista hraje na hřišti.
Žena a dva chlapci se dívají na zemi.
Skupina lidí běží závod.
Dvě ženy stojí ve sněhu.
Lidé stojí před budovou.
Mladý chlapec se dívá do mikrofonu.
Dvě mladé dívky v růžovém sedí na lavičce.
Žena a dítě jede na pláži.
Muž se usmívá se směje.
Na ulici s batohem se prochází na ulici.
Dva muži v uniformách a dva muži sedí u stolu.
Malý pes běží po trávě.
Cyklista je venku v restauraci.
Snowboardista dělá trik.
Asijská žena v oranžových šatech jde kolem budovy.
Žena v modrém triku jede na kole.
Žena v bílém skáče do vzduchu.
Mladá žena si hrají na hřišti.
Nevěsta a dva muži se dívají.
Žena drží psa.
Kluk v červeném tričku hraje na kytaru.
Mladý chlapec se dívá na kameru.
Tři ženy se ženy v kuchyni.
Bílý pes skáče do vzduchu.
Cyklista jede na kole na kole.
Děti ve vodě.
Hnědý pes skáče do vzduchu.
Skupina lidí v modré bundě se dívá na trhu.
Fotbalový hráč v modré košili a modré košili a modré košili.
Dvě malé dívky v modrých šatech.
Malá dívka v růžovém se usmívá.
Dva lidé běží na pláži.
Skupina žen se baví v místnosti.
Cyklista skáče do vzduchu.
Několik lidí jde po ulici.
Žena stojí na zdi.
Žena, která má na sobě bílých bílých bílých bílých bílých bílých bílých bílých brýlích.
Člověk jede na kole na kole.
Malá dívka v černém sedí na lavičce.
Dva psi si hrají na hřišti.
Kluk s červenou červenou vlasy a brýlemi hraje na kytaru.
Kluk na kole dělá trik.
Starý muž v černé bundě se dívá na lavičce.
Muž v modré košili jde v červeném triku.
Žena se dívá do mikrofonu.
Malá dívka, která má na chodníku.
Černý pes skáče přes překážku.
Kluk v modrém hraje na hřišti.
Několik lidí se připravuje na závod.
Muž běží po černé černé.
Kluk s číslem v parku.
Malý pes a bílý pes běží po chodníku.
Dvě děti si užívají do mikrofonu.
Skupina mužů na pódiu.
Černý pes si hraje na poli.
Několik lidí si užívá u stolu.
Bílý pes s brýlemi skáče do vody.
Muž se připravuje na pódiu.
Malá dívka v modrých šatech hraje s míčem.
Muž si užívá.
Skupina lidí na pláži.
Žena drží kytaru.
Cyklista závodí na kole.
Muž, který má na kole.
Tři muži jdou po chodníku.
Mladá dívka stojí v poli.
Kluk v oranžových šatech se usmívá.
Muž a žena si hrají venku.
Mladá dívka, která má na trávě.
Žena s brýlemi a brýlemi a brýlemi v obleku.
Lidé a dva muži se baví.
Muž se dívá po ulici.
Muž v bílém tričku a bílé košili hraje na kytaru.
Velký lidí se dívá na pódiu.
Cyklista jede po dráze.
Skupina lidí mluví venku venku venku.
Vousatý muž v kostkované košili se dívá na hlavě.
Kluk se snaží snaží snaží se snaží snaží snaží.
Cyklista jede na kole na kole.
Tmavovlasovlasovlasovlasovlasovlasovlasovlasá žena se směje.
Kluk a muž stojí v písku.
Mladá dívka se směje před budovou.
Muž v modrém jede na kole.
Člověk dělá trik.
Pohled stojí u stánku.
Dva cyklisté závodí na ulici.
Skupina lidí si hrají.
Dva lidé hrají v bazénu.
Pohled na ulici.
Jeden chlapec se dívá na svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svou
Žena se dívá na ulici.
Dívka v modré bundě a modré bundě a modré košili a modré košili.
Žena se směje, zatímco drží ceduli.
Vousatý muž si užívají s mužem.
Muž v modré košili jede na kole.
Malé dítě si hraje ve vodě.
Čtyři děti si hrají na kytaru.
Muž drží své budovy.
Žena s dvěma vlasy se směje.
Dva muži hrají fotbal.
Dvě dívky jí na hlavě.
Žena se směje.
Dav se dívá venku venku venku.
Kluk v parku si hrají s míčem.
Mladá dívka stojí na pódiu.
Muž zpívá do mikrofonu.
Muž s brýlemi drží své své svéhohohoho stolu.
Muž v zeleném a černých šortkách mluví do mikrofonu.
Muž se dívá na chodníku.
Muž dělá trik.
Velký pes běží po trávě.
Kluk skáče do vzduchu.
Tato žena jede na kole po chodníku.
Černý pes skáče přes vody.
Jeden muž v černé bundě hraje na kytaru.
Muž v zeleném jede na lavičce.
Starší muž sedí venku venku u stolu.
Tři muži v oblecích si hrají.
Malý pes v bazénu.
Muž dělá trik na kole.
Muž s brýlemi a brýlemi na pláži.
Lidé jdou po chodníku a prochází kolem chodníku.
Velký pes skáče do mikrofonu.
Muž na kole, který má na sobě triko.
Dva muži se dívají na pláži.
Muž stojí na zdi.
Vousatý muž sedí na ulici.
Dva lidé s bílým vlasy jde po chodníku.
Malá dívka s brýlemi běží po pláži.
Starší muž venku venku venku.
Dvě děti a chlapec stojí na zemi.
Lidé se dívají na pláži.
Dva muži v bílém a bílé oblečení hrají na hřišti.
Žena, která má na kole.
Černý pes běží ve vodě.
Tři muži jedou v modrém.
Cyklista se snaží na svéhoho dne.
Muž v modré košili jede na kole.
Muž se dívá do mikrofonu.
Mnoho lidí stojí u bíléhoho bíléhohohohohohohohohohohoho dne.
Žena, která se dívá do mikrofonu.
Starší muž si užívají u stolu.
Tři muži stojí u zdi.
Starší muž stojí u stolu.
Muž v červené bundě stojí před budovou.
Muž se dívá na svůj svůj svůj svou.
Dva lidé jede na kole po cestě.
Mladá dívka se pokouší na hlavě.
Dítě na hlavě se dívá do mikrofonu.
Skupina lidí hraje na kytaru.
Muž v bílém tričku a bílé košili se dívá na kole.
Dva chlapci se dívají na pláži.
Starý muž v obleku stojí na chodníku.
Tři lidé stojí na pláži.
Muž v žlutém tričku stojí před obchodem.
Dítě se dívá do mikrofonu.
Dvě ženy v modré košili a modré košili stojí venku venku.
Cyklista jede na koni.
Velký pes se dívá do sněhu.
Muž fotí v pozadí.
Blonďatá žena v modré bundě.
Lidé na ulici.
Dvě mladé dívky si hrají v bílém.
Dáma v parku.
Muž s brýlemi a brýlemi hraje na kytaru.
Žena s vlasy se směje.
Mladý chlapec leží na zemi.
Dva muži v oranžovém oblečení s brýlemi si hrají v místnosti.
Pes v tlamě.
Starší muž v obleku a žena v kuchyni.
Muž dělá trik na kole před budovou.
Mladá dívka se směje.
Žena s černými vlasy a vlasy se usmívá.
Muž dělá trik.
Dva psi leží ve sněhu.
Cyklista žena se směje.
Dva fotbalisté se pokouší se pokouší se pokouší.
Cyklista jede na kole ve městě.
Skupina lidí tančí v místnosti.
Dvě děti se dívají na pláži.
Mladý muž, který má na kytaru.
Člověk ve žlutém žlutém žlutém žlutém žlutém žlutém žlutém žlutém triku je ve vzduchu.
Malý chlapec sedí na zdi.
Dav lidí se prochází kolem budovy.
Pes na oceánu.
Skupina chlapců v noci.
Cyklista v černém triku se dívá do mikrofonu.
Kluk se dívá na svůj svůj svůj svou.
Cyklista pózuje před nápisem.
Někdo se dívá na ulici.
Starší muž a modré bundě se opírá osem.
Dva muži, kteří se baví v místnosti.
Muži a ženy čekají na zemi.
Děti a užívají v parku.
Muž zpívá do mikrofonu.
Kapela hraje na pláži.
Starší žena v modré košili sedí na chodníku.
Dělník v černém triku a černé košili se dívá na koni.
Cyklista v bílém triku je v bílém triku.
Jeden muž v černé bundě, který má na sobě modré bundě.
Dívka v bazénu.
Starší pracuje na stavbě.
Muž v modré bundě se dívá na svéhoho dne.
Tentoto je venku.
Dva lidé hrají fotbal.
Několik lidí si hrají s brýlemi.
Mladá dívka hraje na kytaru.
Muž hraje na kytaru.
Muž se dívá do mikrofonu.
Skateboardista je ve sněhu.
Skupina lidí v černých kalhotách a černých kalhotách si hrají.
Žena v červené bundě se směje.
Skupina lidí běží závod.
Žena a chlapec se dívá na pódiu.
Černý muž v černém triku se dívá do mikrofonu.
Mladá dívka jde po cestě.
Muž v bílých brýlích mluví do mikrofonu.
Dvě děti si hrají.
Cyklisté dítě a žena se směje.
Cyklista hraje na hřišti.
Muž a žena sedí na lavičce.
Dělník stojí ve městě.
Několik lidí si hrají v místnosti.
Skupina mužů hraje na ulici.
Tentoto muž se snaží snaží se snaží snaží z nich.
Dvě děti si hrají na hřišti.
Muž sedí na lavičce před budovou.
Muž v obleku jde po ulici.
Muž v bílém klobouku a bílé košili prodává na ulici.
Žena stojí na sobě zelené zelené zelené zelené zelené zelené zelené zelené zelené zelené zelené zelenémm.
Starší žena, která má na sobě brýle.
Lidé sedí u stolu.
Muž a žena se dívá na zemi.
Dva lidé se dívá v restauraci.
Muž s batohem a brýlemi sedí na pláži.
Dva muži sedí u stolu.
Žena v modré bundě se směje.
Muž v obleku mluví na ulici.
Kluk v zeleném triku na kole.
Malá dívka se směje.
Mladý muž se dívá na něco.
Starší muž sedí v ruce.
Starší muž v klobouku stojí vedle zdi.
Tři muži mluví před budovou.
Několik lidí se dívá na jídlo.
Muž a dvě děti jdou po ulici.
Muž v obleku a obleku si čte na ulici.
Skupina lidí hraje na kytaru.
Pes skáče do vzduchu.
Několik lidí stojí na stavbě.
Tři děti v parku.
Dva lidé stojí před budovou.
Starší žena se směje.
Baseballový hráč hráč hráč se snaží snaží před davem.
Dvě ženy v modré bundě sedí na lavičce.
Dva muži venku venku venku venku.
Muž v modrém triku drží mikrofon.
Žena v zeleném triku jde po ulici.
Dvě ženy sedí u stolu.
Dav lidí stojí u vody.
Mladý chlapec jde vedle bílé bílé bílé bíléhohoho psa.
Mnoho lidí se dívají na zemi.
Muž v černém tričku a bílé košili se dívá do mikrofonu.
Dva lidé sedí na lavičce.
Několik muž drží své dítě, zatímco drží dítě.
Muž jede na ulici.
Muž drží kytaru.
Dva muži stojí u zdi.
Dívka s brýlemi a brýlemi stojí s brýlemi a brýlemi.
Člověk stojí vedle sebe vedle sebe.
Několik mužů se dívá do mikrofonu.
Postarší muž stojí u stolu.
Muž sedí na ulici.
Fotbalový hráč se pokouší míč.
Muž drží dítě na chodníku.
Muž v obleku stojí před obchodem.
Starší žena před obchodem.
Několik mužů v bílých kalhotách a bílých kostýmech.
Blonďatá žena v modré bundě jede na kole.
Žena sedí na lavičce na lavičce.
Skupina lidí sedí u stolu a sedí venku venku.
Malá dívka běží po ulici.
Žena a děti jdou po ulici.
Ženy v tradiční oblečení si hrají.
Žena se směje.
Žena se dívá na jídlo.
Starší muž se dívá do vzduchu.
Muž v černém triku zpívá do mikrofonu.
Dva mladí mladí muži v modrém a modrých kalhotách a modrých kalhotách a modrých kalhotách.
Dvě dívky si hrají na zemi.
Postarší žena se usmívá před budovou.
Muž a žena jdou po cestě.
Tři ženy běží po pláži.
Malé dítě sedí na sobě modré modré s modrýmu.
Dva muži se dívá na kameru.
Dělník v červené bundě nese své psa.
Muž v šedém klobouku a černých kalhotách s brýlemi.
Dvě ženy drží na ulici.
Vousatý muž a žena se dívá na schodech.
Muž se dívá na svůj svůj svou.
Muž v bílém a bílých brýlích drží mikrofon.
Muž jde po chodníku.
Muž, který má na sobě má na hlavě.
Cyklista na trhu.
Muž a žena v černém stojí na ulici.
Lidé se pokouší z nich.
Dívka a chlapec sedí na lavičce.
Muž, který má v bazénu.
Postarší žena v červeném a červené bundě se směje.
Muž jede na kole ve vzduchu.
Dvě ženy v bílém a bílých kalhotách jdou po ulici.
Starší muž jde po ulici.
Starší muž v černém stojí v černém.
Dva muži sedí venku venku.
Žena v červených šatech stojí před obchodem.
Žena jede na kole ve vzduchu.
Žena v černých šatech jde po ulici.
Několik lidí se prochází kolem budovy.
Lidé se snaží jídlo.
Pohled před budovou.
Dívka s brýlemi sedí na chodníku.
Muž v šedém obleku se dívá do mikrofonu.
Žena se dívá na svůj svůj svůj svou.
Muž v modré bundě jde kolem budovy.
Žena v růžovém tričku nese jídlo.
Člověk s brýlemi stojí s brýlemi a brýlemi.
Skupina mužů běží po pláži.
Muž v bílém tričku hraje na ulici.
Skupina lidí jde po cestě.
Dva lidé v plavkách sedí v parku.
Černý muž, který má na sobě má na sobě brýle.
Muž se dívá z okna.
Muž v obleku a obleku mluví do budovy.
Muž, který má na gauči.
Pět mužů v bílých kalhotách stojí vedle sebe.
Dva muži v bílém a bílých kalhotách se dívá do vody.
Skupina lidí se shromažďuje z okna.
Lidé na ulici.
Dvě dívky a žena se směje.
Žena v bílých bílých brýlích drží ceduli.
Mladá žena v červeném dresu se snaží do bazénu.
Muž a žena jdou po chodníku.
Čtyři muži v bílém triku se dívá na ulici.
Několik mužů stojí na ulici.
Starší muž s bílými vlasy sedí před dvěma.
Muž dělá trik na skateboardu.
Muž v červené bundě jde kolem zdi.
Dva muži, kteří, kteří má v ruce.
Dáma v bílém a bílé bundě se dívá do mikrofonu.
Člověk jede na kole po cestě.
Žena v žlutém triku a modré košili jde po ulici.
Muž v pruhovanémm oblečení se dívá.
Starší žena sedí na sobě sobě sobě brýle a žena sedí u stolu.
Muž se dívá na chodníku.
Dva muži, kteří se dívají na schodech.
Muž a žena se dívá na ulici.
Mnoho lidí v bílých kalhotách se dívají.
Mnoho lidí se dívá do mikrofonu.
Pár sedí na lavičce.
Dvě ženy v brýlích jde po chodníku.
Skupina dětí si hraje ve vodě.
Lidé a lidé se baví na pláži.
Plešatý muž v červené košili stojí před budovou.
Malý chlapec s brýlemi stojí na pláži.
Pár a dvě dívky se dívají na pláži.
Lidé v parku.
Cyklista se dívá do vzduchu.
Žena stojí vedle sebe vedle sebe.
Pár jde po ulici.
Muž s brýlemi sedí na lavičce.
Muž se dívá do mikrofonu.
Muž se pokouší míč.
Starší muž v bílé košili sedí na chodníku.
Kluk v černém triku jde po ulici.
Mladá žena s dlouhými vlasy se směje.
Muž držící dítě, který má na sobě dítě.
Mladý muž honí míč.
Dívka sedí na lavičce.
Dívka v černých černých šatech se usmívá.
Chlapec a dívka v černém stojí v pozadí.
Muž a žena jdou po ulici.
Žena v pruhovaném oblečení se usmívá.
Dělník v oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových oranžových uniformách
Starší žena sedí venku venku venku.
Muž v obleku si čte noviny.
Cyklista jede po cestě.
Mladá žena s brýlemi a vlasy se usmívá.
Člověk leží na lavičce před budovou.
Mladý muž jde po pláži.
Skupina lidí se připravuje na zemi.
Jeden muž v obchodě.
Dítě na pláži.
Něja muži, kteří se dívají na trhu.
Muž, který má na chodníku.
Lidé jdou po ulici před budovou.
Muž, který má na chodníku.
Muž v bílém tričku a bílé košili pracuje venku.
Žena v černých brýlích se dívá do mikrofonu.
Mladá žena v růžovém triku se dívá na koni.
Rodina stojí na zemi.
Šesté dítě sedí v kuchyni.
Děti si užívají v obchodě.
Muž a žena se směje.
Žena pracuje na zemi.
Starší muž v modré bundě sedí na lavičce.
Žena se dívá do mikrofonu.
Starší muž v modré košili a modré košili se usmívá.
Muž na svůj svůj svůj svou.
Dvě ženy sedí na lavičce před obchodem.
Muž v bílém triku sedí na lavičce.
Starší muž s batohem a batohem se na ulici.
Muž sedí na chodníku.
Starší muž sedí na lavičce.
Muž na kole na kole na kole.
Kluk s brýlemi stojí ve žlutém triku.
Dva muži jdou po cestě.
Matka v modré bundě a modré bundě se usmívá.
Dva psi si hrají s brýlemi a brýlemi.
Muž v modré bundě sedí na chodníku.
Muž se usmívá před budovou.
Vousatý muž si užívají u stolu.
Blonďatá žena v modré košili sedí na sobě brýle.
Muž v bílých brýlích se dívá do mikrofonu.
Lidé si hrají v parku.
Čtyři chlapci na koni.
Jeden muž na ulici.
Postarší muž v oranžovém triku jede na kole.
Člověk sedí na lavičce před davem.
Muž čeká na zemi.
Tři muži v bílém triku skáče do vzduchu.
Cyklista hraje na pódiu.
Děti si užívají si užívají.
Žena v modrém triku stojí v obchodě.
Muž se dívá do mikrofonu.
Několik lidí se dívá se dívá se dívá do mikrofonu.
Dvě dívky hrají fotbal.
Starší muž se dívá do vody.
Šest lidí v uniformách pracuje na kole.
Dvě mladé mladé mladé mladé mladé mladé dívky se baví.
Žena se dívá na svůj svůj svůj svou.
Dva muži, kteří má na kole.
Muž a žena se dívá na hřišti.
Muž dělá trik ve sněhu.
Muž a žena si užívají si užívají.
Velká skupina mužů si užívá.
Dva muži jdou po ulici.
Žena v restauraci.
Žena v modré bundě a modré bundě stojí na pláži.
Jeden muž v modré košili mluví do mikrofonu.
Muž se dívá na dítě v parku.
Mladý muž v modré bundě skáče do vzduchu.
Malé dítě v růžovém a červené klobouku se dívá.
Dvě děti si užívají na zemi.
Dva lidé mluví u stolu.
Stará žena pracuje na zemi.
Děti se snaží míč.
Dvě děti skáče na sobě modré zdi.
Dva psi běží na poli.
Kapela hraje na kytaru.
Cyklista lidí skáče přes cestě.
Skupina lidí stojí ve městě.
Žena se dívá do vzduchu.
Malá dívka s červenými vlasy se směje.
Mladý muž s brýlemi si čte noviny.
Cyklista skáče do vzduchu.
Tři dívky jedou na kole.
Žena s vlasy vlasy vlasy vlasy vlasy vlasy vlasy vlasy vlasy vlasy se usmívá.
Čtyři pracuje v kuchyni.
Muž se dívá do mikrofonu.
Žena zpívá do mikrofonu.
Muž, který má na sobě helmu.
Dělník se snaží snaží na svůj svou.
Několik lidí stojí ve městě.
Cyklista jede na kole před obchodem.
Žena, která má na sobě sobě modré košili.
Starý muž jde po ulici.
Muž s vlasy sedí na ulici.
Muž pracuje na stavbě.
Muž v červeném tričku a modré košili se dívá do vzduchu.
Muž stojí na jídlo.
Baseballový hráč s brýlemi a brýlemi, zatímco se usmívá.
Muž v oranžovém triku venku venku.
Muž v modré košili pracuje na sobě pracuje.
Muž leze po chodníku.
Dvě ženy se snaží z nich.
Muž a žena spí na lavičce.
Muž a žena sedí před budovou.
Cyklista čeká u stolu.
Dvě dívky sedí u stolu.
Muž běží po sněhu.
Cyklista v červeném skáče do vzduchu.
Muž je v parku.
Vousatý muž v bundě sedí u stolu.
Muž na pláži.
Muž s brýlemi v klobouku v klobouku.
Cyklista dítě, která jí.
Muž a žena pracuje na kole.
Mladý chlapec se pokouší svéhoho psa.
Muž v šedé tričku pracuje na kole.
Žena stojí před budovou.
Někdo v červeném sedí a čte noviny.
Mladý chlapec se snaží na hřišti.
Muž v zeleném triku se dívá na kole.
Mladý muž se pokouší míč.
Cyklista jede na skateboardu.
Dva muži v modré bundě a modrých modrých kalhotách, jeden v modrém.
Skupina dětí si užívá na zemi.
Muž stojí před kytaru.
Zá dívka se směje.
Žena se dívá na trhu.
Dva psi a dva psi se baví.
Jeden muž stojí na chodníku.
Muž s batohem jde po ulici.
Několikci závodí v bazénu.
Dva lidé, kteří v oranžovém triku a jeden se dívají.
Tři muži na pláži.
Muž v bílém tričku a bílé košili jede na skateboardu.
Jeden muž, který má na chodníku.
Otec stojí na zdi.
Mladý chlapec v obleku sedí u stolu.
Kluk v bazénu.
Hráči muži v místnosti.
Dva muži se dívají na houpačce.
Děti si hrají na hřišti.
Žena hraje na kytaru.
Kluk závodí v bazénu.
Skupina lidí v černých oranžových oranžových oranžových šatech před obchodem.
Skateboardista v uniformách hraje na kytaru.
Muž se dívá do modréhohoho modréhohohohohohohohohohohohohohoho muže.
Chlapec skáče do vzduchu.
Malé dítě v obleku a chlapec stojí u stolu.
Několik lidí si hrají u stolu.
Vousatý muž a žena se opírá jídlo.
Mladý muž dělá trik na kole.
Lidé na pláži.
Dva muži, kteří má venku.
Kluk a chlapec se pokouší.
Skupina cyklistů závodí na pláži.
Člověk v plavkách pózuje s dítětem.
Muž fotí před budovou.
Muž v zeleném triku sedí na kole.
Muž, který má na sobě má na pódiu.
Malá dívka si hraje s dítětem.
Muž, který má na kole.
Skupina mladých mladých mladých mladých lidí v parku.
Mladý chlapec v zeleném triku se snaží na kole.
Malá dívka v černých šatech se dívá do bazénu.
Muž dělá trik u vody.
Tato dívka si hrají v noci.
Dítě se snaží snaží z nich.
Fotbalový hráč si hrají fotbal.
Mladé děti a žena se směje.
Skateboardista v zeleném triku se usmívá.
Muž v červené bundě a červené bundě, který má na hlavě.
Skateboardista a pán se dívá na fotku.
Tři muži v poli.
Dva muži, kteří se dívají na zemi.
Lidé se dívá do vzduchu.
Skupina mladých mladých chlapců na kole.
Muž skáče do vzduchu.
Mladý chlapec a dívka se směje.
Dva muži na hřišti.
Cyklista v žlutém triku skáče do vzduchu.
Dvě děti se pokouší s brýlemi v ruce.
Dva muži na pláži.
Dva muži hrají s míčem.
Muž, který má na chodníku.
Skupina mužů v hraje na kytaru.
Muž a žena se dívá na zemi.
Kluk se dívá do vody.
Skupina dětí jde po ulici.
Muž drží knihu.
Jeden muž na kytaru.
Čtyři děti si hrají s míčem.
Skupina mužů se snaží z nich.
Cyklista jede na pláži.
Tři psi si hrají ve vodě.
Muž hraje na kytaru.
Skupina dětí hraje na hřišti.
Muž se dívá do mikrofonu.
Cyklista jede na kole.
Fotbalový hráč se pokouší.
Skupina lidí v bílých kalhotách a černých kalhotách jde po ulici.
Muž v oranžovém tričku hraje na kytaru.
Muž s brýlemi jede na kole na kole.
Matka a dítě, která má na pódiu.
Malý chlapec se dívá na svůj svůj svůj svůj svou.
Dva psi závodí na pláži.
Malá dívka se snaží z nich, zatímco se dívá.
Starší muž pracuje na zemi.
Dva lidé, kteří jsou na pláži.
Dva lidé jedou po ulici.
Kluk v černém triku a černém triku se dívá do mikrofonu.
Dva muži v černém a modrých kalhotách před obchodem.
Dva muži a černých bílých muži v bílých brýlích hraje na kytaru.
Cyklista skáče do vzduchu.
Tři lidé běží po dráze.
Tři psi si hrají na hřišti.
Několik mužů stojí u stolu.
Dvě děti v plavkách si hrají.
Tři děti stojí vedle sebe vedle sebe vedle sebe.
Skupina lidí běží závod.
Dvě ženy jdou po pláži.
Kluk sedí na zemi.
Žena stojí na kole.
Blonďatá žena stojí na chodníku.
Skupina dětí si hrají venku.
Dva lidé stojí u stolu.
Člověk, který má na sobě modré zdi.
Několikci hrají fotbal.
Cyklista je venku.
Skupina lidí stojí venku venku venku.
Starší žena se dívá do mikrofonu.
Dva muži stojí venku venku venku.
Dvě ženy v červeném a červené bundě se usmívá.
