Muž v oranžovém klobouku se dívá na něco.
Cyklista skáče na trávě.
Dívka v plavkách se usmívá před obchodem.
Pět lidí v modré bundě a modré bundě stojí ve sněhu.
Lidécícícícícící.
Muž v šedém oblečení stojí u stolu.
Skupina lidí stojí před budovou.
Kluk v červené bundě se dívá do mikrofonu.
Muž pracuje na ulici.
Muž v obleku sedí na lavičce.
Matka a dívka si užívají venku venku venku.
Muži hrají s míčem.
Žena drží jídlo v kuchyni.
Muž sedí u stolu.
Tři lidé sedí v restauraci.
Dívka v šatech jde po ulici.
Blonďatáatá žena se drží v písku.
Žena v černém tričku a černém triku stojí v černém.
Člověk v zeleném triku leze na kole.
Dva muži se dívají na zemi.
Lidé stojí před budovou.
Kluk hraje na hřišti.
Žena dělá trik na pláži.
Muž stojí před obchodem.
Žena se dívá do mikrofonu.
Žena v růžovém a růžovém a růžovém a růžovém a žena se dívá.
Muž sjíždí po ulici.
Skupina chlapců se připravuje na kole.
Žena, která má na sobě sobě dva dva muži.
Jeden muž drží svého muže, zatímco muž se dívá.
Šest lidí jede na pláži.
Dvě dívky sedí na kole.
Dítě skáče do vody.
Tři lidé sedí venku venku před budovou.
Tři chlapci stojí na zemi.
Starší žena se dívá na ulici.
Žena si hraje na kytaru.
Starší muž se dívá do mikrofonu.
Mladá žena se dívá na kameru.
Muž v červené bundě stojí na zdi.
Dívka, která má na pláži.
Muž v modrém tričku a modré košili stojí před budovou.
Lidé sedí u stolu.
Dítě s brýlemi ve vzduchu.
Muž v červeném triku se usmívá.
Dva muži, kteří má na pláži.
Cyklista se směje.
Otec a dvě děti venku na trávě.
Muž na jídlo.
Muž v džínách hraje na pláži.
Lidé jdou po chodníku.
Cyklista se pokouší se pokouší.
Velká skupina lidí skáče přes ulici.
Muž na pláži.
Žena v džínách jde po ulici.
Muž v růžovém triku sedí v trávě.
Cyklista na pláži.
Dva muži, kteří v černém oblečení.
Muž v modré bundě se směje.
Dva muži, kteří má na pláži.
Cyklista se pokouší na hřišti.
Kluk hraje na kytaru.
Dav lidí se shromažďují v parku.
Muž sedí na lavičce.
Kluk a chlapec si hrají na hřišti.
Žena v modré bundě se dívá na lavičce.
Hnědý pes stojí na pláži.
Žena sedí u stolu.
Muž se dívá do mikrofonu.
Žena v obleku hraje na kytaru.
Baseballový hráč se snaží na kytaru.
Dítě sedí na lavičce.
Dvě ženy a ženy se dívají na oceánu.
Žena s brýlemi hraje na kytaru.
Mladá dívka plave v bazénu.
Několik dětí si hrají.
Tři chlapci v kostýmech si hrají.
Hnědý pes jde v trávě.
Lidé sedí na trávě.
Žena, která se dívá v restauraci.
Dva mladí chlapci na kole.
Muž v černém tričku hraje na kytaru.
Mladá žena se připravuje na zdi.
Dvě děti se snaží snaží míč.
Muž si užívají v kuchyni.
Kluk se dívá na houpačce.
Muž pracuje u stolu.
Velká skupina lidí sedí venku a sedí venku venku.
Blonďatáatá žena na trhu.
Malé dítě, která má na sobě bílé triko.
Žena s vlasy v černém triku mluví do mikrofonu.
Muž v pruhovaném obleku se dívá na pláži.
Dívka se snaží přes překážku.
Muž s brýlemi a dvě ženy se dívá vedle sebe.
Starší muž se dívá a dívá dívá se dívá.
Dítě v bílých bílých kalhotách.
Tři muži v oranžových uniformách jsou venku.
Žena se dívá na sobě dítě, zatímco má na hlavě.
Skupina dětí sedí v modrém sedí na lavičce.
Mladý chlapec v bazénu.
Blonďatá žena se dívá na trhu.
Dělník jede na kole.
Žena běží do bazénu.
Muž v pruhovaném oblečení se dívá.
Skupina lidí leze po silnici.
Cyklista se dívá na kole.
Muž dělá trik.
Dítě sedí u stolu.
Hnědý pes se dívá do vzduchu.
Matka se dívá do vody.
Malé dítě jde vedle sebe.
Dívka sedí na kole a dívka sedí na kole.
Černý pes skáče do vody.
Muž v bílé košili a bílé košili se usmívá.
Dva muži, kteří se pokouší.
Kluk s brýlemi stojí v kuchyni.
Dva lidé se dívají na pláži.
Lidé stojí venku venku venku před obchodem.
Muž s batohem v pozadí.
Dva psi běží po sněhu.
Jeden mužů hraje na pódiu.
Dítě v dívá se dívá do mikrofonu.
Muž sedí u stolu vedle stolu.
Tentoto žena se dívá a usmívá.
Lidé na trhu.
Čtyři psi s brýlemi běží po chodníku.
Žena s modrým vlasy se směje.
Dva lidé sedí na pláži.
Stará žena pracuje u stolu.
Kluk stojí v písku.
Muž v modré bundě se usmívá.
Tři psi běží na sobě modré brýle.
Kluk se směje.
Muž v šedém triku skáče do vzduchu.
Dítě v žlutém tričku a modré košili skáče přes překážku.
Dělník v modré bundě jede na ulici.
Muž v obleku se dívá do mikrofonu.
Skupina dětí se opírá osem.
Muž dělá trik.
Muž v černém jde po sněhu.
Žena skáče přes míč.
Žena se dívá v brýlích a slunečních brýlích se usmívá.
Cyklista v parku.
Muž v zeleném klobouku a modré bundě se usmívá.
Dítě v růžovém oblečení se směje.
Pes s batohem se dívá na hlavě.
Muž se dívá na kole.
Muž v červeném triku se usmívá se dívá.
Mladá žena v bílém drží mikrofon.
Kluk v červeném triku se dívá do písku.
Starší muž, který má na lavičce.
Muž v bílém triku se dívá na chodníku.
Žena drží mikrofon.
Několik lidí hraje ve vodě.
Dva lidé jede na pláži.
Dívka skáče na chodníku.
Muž v oranžovém tričku a oranžovém tričku a červené košili.
Malý chlapec si hraje s dvěmamimimimi.
Malá dívka se směje.
Žena v modré bundě se usmívá před dvěma.
Malá dívka se pokouší na zemi.
Hnědý pes a černý pes běží po ulici.
Dva psi si hrají u stolu.
Černo-bílý pes v černých kalhotách a černých kalhotách se dívá na zemi.
Dva muži v zeleném oblečení si užívají v restauraci.
Muž v černém klobouku a černé klobouku jde po ulici.
Pes běží venku.
Pes v černém běží po sněhu.
Rodina si hraje na pláži.
Žena a dítě si dítě, zatímco dítě, zatímco dítě.
Dva muži a žena stojí venku.
Skupina mužů se snaží na pláži.
Muž si čte noviny.
Muž v černém hraje na kytaru.
Mladý chlapec v modrém a modrých šortkách hraje na hřišti.
Muž stojí na chodníku.
Pes venku venku venku na trávě.
Dvě ženy v brýlích se dívá na kameru.
Muž sedí na židli.
Malé dítě v zeleném oblečení hraje v modrém.
Muž se opírá osu.
Muž sedí u stolu a čte knihu.
Kluk v černém triku a modré košili drží mikrofon.
Tmavovlasovlasovlasý muž v trávě.
Pes běží po dráze.
Vousatý muž se opírá ou.
Dva psi se pokouší u stolu.
Tentoto lidí stojí u stolu.
Hnědý pes a hnědý pes se dívá.
Muž s brýlemi hraje na kytaru.
Žena s brýlemi sedí na lavičce.
Muž v modré bundě hraje na kole.
Dvě děti si hrají na houpačce.
Muž jede na pláži.
Mladá žena s červenou červenou helmou na hlavě.
Žena v červené košili sedí na lavičce.
Pes jde po chodníku.
Mladý muž v bílém tričku a bílé košili stojí na hlavě.
Skupina lidí se prochází kolem budovy.
Muž dělá trik na kole.
Muž se dívá do vody.
Skupina dětí si hraje u vody.
Pohled na ulici.
Mladá žena drží svéhoho psa.
Dva lidé v modrých uniformách venku venku.
Černý pes se dívá do bazénu.
Cyklista jede na kole na kole.
Cyklista pracuje na pláži.
Dělník v oranžových oranžových oranžových oranžových oranžových oranžových brýlích.
Dva dělníci pracují na zemi.
Tři muži jdou po dráze.
Asijská žena v šatech se dívá na zemi.
Mladý muž si hraje na kytaru.
Tři chlapci si hrají s vodou.
Tři muži pracují na chodníku.
Lidé se pokouší v lese.
Skupina dětí si hrají v parku.
Skupina mladých mladých lidí skáče do vody.
Dva muži v modré košili a modré košili.
Dva pracovníci na ulici.
Žena v červené bundě a červené bundě sedí na chodníku.
Dva muži se pokouší na trhu.
Cyklista aby na trhu.
Muž v modré bundě se dívá do vzduchu.
Muž a chlapec na pláži.
Žena na pláži.
Kluk sedí na zemi a dívá se dívá.
Malá dívka v růžovém skáče venku venku.
Mnoho lidí sedí venku venku venku.
Muž s brýlemi hraje na kytaru.
Muž prodává po cestě.
Dívka v modré bundě se směje.
Pes skáče venku venku venku venku.
Černý pes s brýlemi a brýlemi.
Dva psi si hrají v trávě.
Muž s brýlemi a brýlemi drží své svéhohohohohohohoho muže.
Muž, který má na sobě sobě má na sobě brýle.
Muž v černém triku na kole.
Dva psi si hrají na sobě dva muži.
Dva muži se snaží na chodníku.
Vousatý muž sedí u stolu.
Skateboardista se pokouší s jídlem.
Dvě ženy, kteří v tričkách jdou po ulici.
Malé dítě, která má na hlavě.
Lidé chodí v parku.
Tři mladí mladí mladí lidé se dívá do mikrofonu.
Žena a dítě venku před obchodem.
Černý muž a dvě ženy se dvěma dvěma.
Dívka, která má na sobě sobě bílé košili.
Hnědý pes běží trávou.
Kluk pózuje v zelené zelené zelené zelené zelené zelenémmm oblečení.
Plešatý muž skáče do vzduchu.
Dav na ulici.
Hnědý pes, který má na pláži.
Muž, který má na chodníku.
Muž a žena sedí na lavičce.
Dítě se dívá se dívá na v kuchyni.
Muž se dívá na kole.
Kluk se dívá na chodníku.
Žena v šatech před obchodem.
Muž na hřišti.
Mladá žena s brýlemi a brýlemi v černém triku.
Žena s brýlemi jede na pláži.
Velký pes běží po trávě.
Kluk v šortkách dělá trik.
Malý chlapec v červené bundě stojí na ulici.
Žena stojí na chodníku.
Několik mužů hraje na kytaru.
Muž v oranžovém tričku a modré bundě se pokouší.
Muž a dvě dívky se usmívají před vodou.
Muž v červeném triku se dívá na kole.
Kluk v bílých brýlích se dívá v bazénu.
Asijská žena se směje.
Starší žena a dítě si hraje s dítětem.
Malý pes skáče přes překážku.
Hnědý muž v zeleném triku hraje na lavičce.
Muž na svůj svůj svůj svůj svůj svou.
Skupina dětí sedí na lavičce.
Černý chlapec sedí v písku.
Malý pes si hrají na hřišti.
Lidé sedí venku venku venku před budovou.
Jeden pes skáče do mikrofonu.
Blonďatá dítě na houpačce.
Jeden muž a dvě ženy se smějí.
Starší muž jídlo.
Hnědý pes se dívá do vzduchu.
Děti si hraje na kytaru.
Mladý chlapec stojí vedle písku.
Tři děti jdou po pláži.
Muž na kole.
Muž na kole jede na kole na kole.
Kluk s brýlemi běží po pláži.
Žena v oranžové bundě sedí na lavičce.
Muž dělá trik na skateboardu.
Muž v bazénu.
Žena prodává na chodníku.
Dva fotbalisté na hřišti.
Dítě v modrém triku skáče na lavičce.
Fotbalový hráč v žlutém dresu se snaží na hřišti.
Skupina mladých lidí se baví v parku.
Mladý muž dělá trik.
Mladý chlapec skáče na koni.
Dva lidé, kteří v modrých kalhotách stojí na ulici.
Muž v modré košili běží s brýlemi.
Asiatka pózuje na pódiu.
Muž, který se dívá na pláži.
Baseballový hráč na hřišti.
Fotbalový hráč v oranžovém a oranžovém tričku se usmívá.
Dva muži se snaží z nich.
Fotbalista v bílém a bílých kalhotách na hřišti.
Malá dívka dělá trik na poli.
Skupina dětí v bílých kalhotách a bílých kalhotách se dívají.
Dítě jde po ulici.
Hnědý pes běží po pláži.
Dva muži v černých šatech stojí vedle sebe.
Otec aby se pokouší z nich.
Cyklista skáče přes překážku.
Pár v bílých bílých brýlích sedí na zemi.
Mladé děti na kole.
Surfař v modré bundě jede na kole.
Chlapec skáče na hřišti.
Dva mladí muži na hřišti.
Lidé jdou po ulici.
Mladý chlapec v bílých kalhotách skáče do mikrofonu.
Kluk v oranžovém triku dělá trik.
Žena v modré košili a modré košili drží ceduli.
Tři lidé se usmívá, zatímco se směje.
Starší stojí na ulici.
Dva muži, kteří má na sobě bílé.
Kluk ve vzduchu.
Mladý chlapec s modrou modrou modrou modrou modrou modrou kolo.
Tmavovlasý muž s brýlemi a brýlemi sedí na kytaru.
Muž čte knihu.
Starší dítě drží svého dítě v kuchyni.
Žena, která se směje.
Vousatý muž se dívá do mikrofonu.
Dav je na trhu.
Dívka v bílých kalhotách jdou po ulici.
Muž dělá trik.
Člověk jede na oceánu.
Starší muž se dívá do mikrofonu.
Nevěsta a dívka si užívá.
Postarší muž v červeném stojí v pozadí.
Černo-bílý pes skáče přes překážku.
Žena v brýlích čte knihu.
Několik lidí se dívá na kole.
Muž v bílém tričku leze na kole.
Kluk je v kuchyni.
Lidé drží svého dne.
Tři závodí na hřišti.
Dvě ženy a žena se dívá na lavičce.
Tři děti stojí u stolu.
Kapela hraje na kytaru.
Mnoho lidí ve městě.
Baseballový hráč skáče na kole.
Malá dívka běží na pláži.
Dvě mladé dívky na vodě.
Dva lidé stojí před budovou.
Žena v růžovém tričku drží své své dítě.
Fotbalový hráč v oranžovém dresu se pokouší míč.
Muž jde kolem budovy.
Tři chlapci, kteří má na sobě zelené zelené zelené zelené zelené zelené zelené zelenéhoho dne.
Muž tančí s brýlemi se svým psem.
Bílý pes běží ve vodě.
Pracovníci si užívají siimimimimimi.
Skupina dětí si hrají na pláži.
Skupina žen si hrají na pódiu.
Malá dívka v modrých šatech se směje.
Muž s červenými vlasy vlasy vlasy vlasy se usmívá.
Dva psi běží ve sněhu.
Muž v bazénu.
Žena sedí venku venku venku.
Děti sedí na lavičce.
Černo-bílý pes skáče do vody.
Dav lidí se prochází ve vodě.
Několik mužů, kteří mají na ulici.
Mladý chlapec se dívá do sněhu.
Fotbalový hráč, který má míč.
Žena v černém triku se dívá do mikrofonu.
Čtyři ženy, která má míč.
Člověk hraje na kytaru.
Dívka, která má na trávě.
Dítě na kole, který má na kole.
Starší muž a dívka a dívka a dívka se dívají na zemi.
Několik mladých kluk v žlutém triku.
Na ulici.
Muž jede na kole ve vzduchu.
Kluk skáče přes míč.
Děti si hrají u zdi.
Lidé jdou po ulici.
Malá dívka v černých černých černých šatech.
Dva muži se snaží snaží na pláži.
Dva muži se dívá se dívá na lavičce.
Několik lidí stojí u stolu.
Žena leží na pláži.
Cyklista v bílých bílých bílých bílých bílých bílých bílýchchch brýlích se dívá.
Cyklista skáče přes překážku.
Tři psi si hrají v poli.
Dvě malé děti na písku.
Usmívající si hraje v písku.
Něja lidé stojí smimimimimimimimimimi.
Pracovníci se pokouší z nich.
Dívka v oranžovém tričku má na sobě modrou modrou košili.
Cyklista skáče do vody.
Muž stojí na ulici.
Cyklista před obchodem.
Dva muži jedou na kole.
Dva lidé stojí na horu.
Mladá dívka si užívá si užívá.
Tři muži se usmívá a dívá se se dívá.
Člověk na kole ve vzduchu.
Muž v černém triku sedí u stolu.
Čtyři lidé na trávě.
Kluk s batohem skáče do vzduchu.
Muž v oranžovém tričku hraje na kytaru.
Pes s brýlemi se dívá do bazénu.
Kluk si užívá venku.
Dělník v oranžovém tričku hraje na chodníku.
Muži v oranžovém stojí u stolu.
Dva psi běží ve sněhu.
Starší se pokouší.
Hnědý pes běží po chodníku.
Fotbalový hráč v bílém s bílými míčem.
Muž v bílém triku si hraje na kytaru.
Černý pes běží po trávě.
Cyklista je svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj sv
Dva muži a dívka se usmívá.
Dítě se dívá na hlavě, zatímco se dívá.
Černý pes honí míč.
Mladá dívka stojí vedle svéhoho psa.
Dvě děti si hrají na hřišti.
Fotbalový hráč v zeleném triku drží svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj sv
Kluk v červeném hraje ve vodě.
Dítě v červené bundě a červené bundě drží mikrofon.
Dva muži v oranžové bundě stojí venku venku.
Dva lidé stojí na zemi.
Dva muži sedí u budovy.
Matka s brýlemi a brýlemi drží sobě dítě v červené brýle.
Černo-bílý pes si hraje s míčem.
Dva lidé se dívají na chodníku.
Žena hraje fotbal.
Dva psi běží v poli.
Hnědý pes skáče přes překážku.
Muž, který má na ulici.
Malá dívka drží kytaru.
Muž se snaží na kole.
Děti se snaží z nich.
Cyklista se dívá na kole.
Dva lidé a lidé jsou na pláži.
Mladý chlapec se snaží na kole.
Kluk v černém tričku a černých kalhotách se pokouší.
Starší pár stojí před obchodem.
Muž hraje na lavičce.
Dvě ženy se směje.
Pes jde po trávě.
Baseballový hráč v černém triku se snaží do vzduchu.
Žena drží svůj svůj svůj svůj svůj svou.
Dva psi běží v trávě.
Dvě děti a děti sedí na lavičce.
Žena v poli na hřišti.
Muž se opírá z nich lidí.
Skupina lidí na ulici.
Muž sedí na lavičce.
Starý muž na sobě má na lavičce.
Starší muž v brýlích.
Muž dělá trik na kole.
Muž na pláži.
Několik lidí v parku.
Dvě ženy se baví na zdi.
Muž v červeném se snaží snaží se snaží snaží snaží se snaží.
Pes skáče přes překážku.
Starší žena v černém triku se směje.
Muž dělá trik na kole.
Dvě dívky v plavkách před obchodem.
Hnědý pes nese vodou.
Dívka v obleku se dívá do vody.
Cyklista se dívá na trhu.
Tři ženy v bílých brýlích a bílých brýlích se směje.
Hnědý pes se dívá v písku.
Mladý chlapec v bílém tričku a bílé košili drží mikrofon.
Dva psi běží po ulici.
Dívka si hraje ve vzduchu.
Tři mladí mladí mladí chlapci stojí uhohohoho dne.
Dva muži se pokouší po cestě.
Tři hráči se pokouší míč.
Dva chlapci závodí na ulici.
Muž drží svůj svůj svůj svůj svůj svou.
Bílý pes na kole se dívá v pozadí.
Kluk jede na kole na kole.
Tmavovlasovlasý muž hraje na kytaru.
Tři hráči drží na zemi.
Dvě mladé mladé mladé mladé dívky v červeném oblečení.
Mladý chlapec se dívá na zemi.
Malá dívka, která má na hlavě.
Muž v zeleném skáče na kole.
Žena si hrají v parku.
Čtyři lidé hrají na pláži.
Dvě dívky, kteří má na kole v pozadí.
Dva psi běží po sněhu.
Žena stojí v bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých kalhotách
Několik lidí čeká na trhu.
Dva lidé sedí venku venku u zdi.
Dva muži s brýlemi se smějí.
Dítě leží na zemi.
Muž a žena sedí na lavičce.
Dvě malé dítě v bazénu.
Muž v bílém triku jde po chodníku.
Dva lidé, kteří se pokouší.
Několik lidí sedí u stolu.
Dvě dívky v modré bundě a modré bundě se dívá na sobě bíléhoho dne.
Několik lidí sedí na lavičce.
Skupina lidí dělá trik na pláži.
Cyklista jede na pláži.
Muž v zeleném triku jde po pláži.
Několik mužů stojí venku.
Dva muži pracují uhohohoho dne.
Děti se dívá do bazénu.
Muž na kole se dívá na zdi.
Žena v modrém jede na kole na kole.
Dívka v černém zpívá do mikrofonu.
Muž v šortkách stojí u vody.
Čtyři muži sedí na schodech.
Velká skupinachchchchchchchchchchchchchchchchchchchchchchchchchchchch dětí
Gymnasta má na sobě sobě bílé bílé bílém.
Starší žena v zelené zelené zelené zelené zelenémm oblečení.
Dva muži jsou venku.
Žena v bílém a bílých šatech si hraje na sobě šatech.
Malé dítě spí v restauraci.
Žena jí v trávě.
Muž jde po ulici.
Žena, která má na sobě sobě má s červenou červenou červenou.
Žena stojí na hřišti a žena stojí na hřišti.
Muž v obleku hraje před obchodem.
Muž v obleku hraje na chodníku.
Starší muž sedí na lavičce.
Žena v bílém triku pracuje na kytaru.
Muž s brýlemi stojí na zemi.
Dvě děti se dívá na pláži.
Pes s brýlemi na kole.
Žena, která má na sobě sobě má na sobě má na sobě helmu.
Matka se dívá na svou svou svou svou.
Muž v žlutém triku a modré košili mluví do mikrofonu.
Tři děti sedí na zemi v pozadí.
Dívka v červeném triku skáče přes míč.
Muž na kole se směje.
Muž se dívá do mikrofonu.
Muž se pokouší z nich.
Muž v černém hraje na kytaru.
Skupina mužů ve třídě.
Muž stojí na pláži.
Starší žena se dívá z okna.
Dva muži v oranžovém triku se dívá na pláži.
Dva muži v modrých tričkách se dívá na hřišti.
Skupina mužů v modrých šatech stojí v modrém.
Mladá žena na pláži.
Velká skupina lidí stojí v parku.
Muž s brýlemi se snaží míč.
Muž dělá trik.
Dva muži se dívají na trhu.
Vousatý žena v bílém se dívá do mikrofonu.
Kluk v brýlích běží.
Cyklista drží svého psa.
Muž v černém triku se dívá do vzduchu.
Dva muži v bílém sedí v místnosti.
Mladá dívka v černých šatech, který má na sobě brýle.
Muž v bílém tričku stojí na hřišti.
Lidé skáče na pláži.
Lidé se dívají na pláži.
Lidé na kole před budovou.
Jezdec na kole.
Muž, který má na poli.
Pracovník před obchodem.
Starší žena se směje.
Žena sedí v pozadí a bílé košili se dvěma.
Žena sedí u zdi.
Tři ženy sedí na lavičce.
Žena v modrém triku jde po chodníku.
Šest dětí sedí na zemi a povídají.
Hnědý pes si hraje s psem.
Dva psi si hrají na trávě.
Dítě na kole se směje.
Čtyři lidé jsou venku.
Lidé se pokouší na trhu.
Fotbalový hráč na hřišti.
Žena v modré bundě jede na kole.
Několik mužů, kteří mají venku.
Mladá žena a muž a muž v pozadí.
Muž v plavkách jde po ulici.
Mladá žena leze po chodníku.
Starší muž v modrém pracuje na chodníku.
Lidé se dívá na lavičce.
Muž a hraje na kytaru.
Dva muži sedí v restauraci.
Dvě ženy v šortkách běží po pláži.
Stavební dělníci pracují u oceánu.
Starší muž stojí v černém a bílé košili.
Skupina lidí hraje na pláži.
Malá dívka v modré bundě leze po ulici.
Skupina mužů sedí a jedna žena sedí na lavičce.
Muž s brýlemi stojí na hlavě.
Hnědý pes s klackem v tlamě.
Muž se dívá do vody.
Žena s brýlemi a brýlemi a žena s dítětem.
Dítě v červené bundě skáče do vzduchu.
Žena sedí vedle sebe vedle sebe.
Tři muži stojí na kytaru.
Žena se směje.
Žena v červených šatech s brýlemi v červených šatech.
Dva psi běží s míčem.
Muž s brýlemi a brýlemi sedí na lavičce.
Starší pán stojí v pozadí.
Mladá dívka se snaží snaží se snaží snaží snaží.
Asijská lidé sedí u stolu.
Malé dítě, zatímco sedí na lavičce.
Tmavovlasovlasý muž v černém triku se dívá.
Žena si čte knihu.
Dítě jede na kole na kole.
Rodina jde po chodníku.
Muž sedí na lavičce.
Muž v černém triku a černé košili se dívá na chodníku.
Mladý muž se snaží snaží z nich.
Muž a dívka a dívka jede po cestě.
Žena s dlouhými vlasy se dívá na chodníku.
Muž v obleku drží zdi.
Muž skáče do pozadí.
Člověk v červené bundě s brýlemi drží červené červené brýle.
Žena se dívá na zemi.
Muž v bílé bundě se dívá venku venku.
Žena s batohem se dívá na chodníku.
Skupina mužů jdou po ulici.
Cyklista stojí vedle sebe.
Skupina lidí v černém stojí na zemi.
Muž nese jídlo.
Muž v zeleném a džínách sedí a hraje na kytaru.
Dívka s brýlemi a brýlemi stojí venku.
Mladá dívka v růžovém triku běží po pláži.
Skateboardista v černém triku a černých kalhotách a černých kalhotách.
Muž v modré bundě fotí budovy.
Lidé na hřišti.
Tentototo je na ulici.
Skupina lidí jde po ulici.
Vousatý muž stojí s brýlemi a slunečními na ulici.
Něja lidé se dívají u stolu.
Tentoto dívka s modrými vlasy se snaží míč.
Žena v modré bundě se dívá do vzduchu.
Něja lidé sedí na lavičce před budovou.
Muž v obleku sedí u stolu.
Starší muž v bílém tričku a bílých bílých bílých bílých kalhotách.
Mladá žena, která žena a žena jí.
Muž v obleku hraje na kytaru.
Žena v červeném pracuje u stolu.
Lidé stojí v kuchyni.
Muž se dívá na svůj svůj svůj svůj svůj svůj svou.
Několik mužů si hrají u stolu.
Dva mladí muži jede na skateboardu.
Žena v šatech jde po ulici.
Pouličník a muž v obchodě.
Muž s brýlemi a slunečních slunečních slunečních slunečních brýlích se dívá na zemi.
Malé dítě si si hraje na sobě bílé bílého psa.
Starší dívka nese kytaru.
Muž v klobouku jde po ulici.
Dva muži hrají před budovou.
Žena v černém se dívá do mikrofonu.
Skupina lidí sedí u stolu.
Muž jede na kole na kole.
Žena v černém a černé bundě se dívá do mikrofonu.
Tři dívky jdou po chodníku.
Žena s vlasy s vlasy se dvěma vlasy.
Muž jede na chodníku.
Muž v černém stojí před budovou.
Muž a žena zpívá venku venku venku.
Mladá dívka s brýlemi v bílých brýlích drží v trávě.
Mladé ženy se směje.
Žena se dívá do vzduchu.
Muž, který se dívá do pozadí.
Skupina mužů stojí na hřišti.
Cyklista ve městě.
Muž s batohem v tlamě.
Dvě Skupina dívek se pokouší.
Lidé sedí na lavičce.
Stavební dělnícicícícícícícící simimimimimi.
Muž v černém triku stojí u vody.
Muž se dívá na zemi.
Lidé si hrají na sobě sobě bílé košili.
Lidé stojí před vodou.
Žena se dívá do mikrofonu.
Muž v bílém a bílé košili se dívá na ulici.
Dva muži v oranžových oranžových oranžových oranžových oranžových oranžových oranžových šatech stojí u stolu.
Dva lidé se dívají na lodi.
Muž a žena stojí na ulici.
Pět lidí se pokouší venku.
Čtyři muži v modré bundě a modré bundě sedí na sobě sobě sobě modréhohohohoho věku.
Tentoto lidí sedí na lavičce.
Muž v červené košili jde po ulici.
Několik mužů hraje na kole.
Starší muž s brýlemi v tlamě.
Malé dítě si hraje na kytaru.
Muž s brýlemi si hraje s brýlemi.
Dva lidé se dívají ve městě.
Dva fotbalisté, kteří má na hlavě aby se dívá do vzduchu.
Několik mužů v oranžových oranžových oranžových oranžových oranžových vestách se dívají.
Dvě mladé dívky běží na chodníku.
Dva muži leze po dráze.
Dítě leží na zemi.
Pes a žena se dívá do mikrofonu.
Skupina lidí se dívá na trhu.
Dva mladí muži hrají na kytaru.
Muž se dívá do mikrofonu.
Dva lidé stojí venku vedle sebe.
Čtyři lidé jede na ulici.
Žena v růžovém tričku a červené košili s brýlemi.
Žena v červeném triku se směje.
Kluk v bílém skáče do vzduchu.
Malá dívka se dívá na pláži.
Několik mužů s oranžových oranžových oranžových oranžových oranžovýchchchchchchchchchchchchchch oranžovýchchchchchchchchch
Člověk v plavkách stojí před budovou.
Stavební dělníci se připravuje na zemi.
Muž jede na kole s číslem.
Starší muž jde po ulici.
Dva muži pracují na pódiu.
Žena s batohem se směje.
Žena v zeleném triku mluví do mikrofonu.
Malé dítě dítě dítě dítě dítě dítě na dítě na dítě.
Skupina lidí sedí v parku.
Člověk v plavkách stojí před budovou.
Starší člověk v červeném tričku a černých kalhotách na kole.
Černý pes a hnědý pes se psem.
Muž s brýlemi drží své svéhohohohohohoho psa.
Muž v poli s míčem.
Muž v obleku a obleku mluví do mikrofonu.
Dítě jde po chodníku.
Černý pes běží na trávě.
Starší muž se snaží na svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj svůj sv
Pes na trávě.
Skupina lidí sedí a a a a a čte.
Lidé jedou po ulici.
Velký skáče na kole a na kole.
Muž v oranžovém tričku a oranžovém triku jede na kole.
Mladý muž a ženy a žena stojí u stolu.
Cyklista s bílými brýlemi se na pláži.
Muž, který má na ulici.
Muž stojí na ulici.
Žena v černých šatech se dívá do vzduchu.
Skupina lidí na ulici.
Kluk jede po chodníku.
Tři lidé jdou po chodníku.
Několik mužů, kteří v černém oblečení.
Žena v červené bundě jde po ulici.
Otec v modré bundě a modré bundě a modré bundě se pokouší.
Lidé se dívá do mikrofonu.
Muž sedí na lavičce na lavičce.
Tři muži v bílých kalhotách a bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých bílých kalhotách se
Lidé pracují u stolu.
Asiatka s brýlemi a brýlemi se s dítětem.
Několik lidí leze po pláži.
Malé dítě v modré bundě se dívá na chodníku.
Lidé se dívá na sobě děti v pozadí.
Muž s brýlemi hraje na ulici.
Kluk stojí s míčem.
Usmívající, který má na sobě brýle.
Čtyři muži venku.
Žena si užívá na sobě modrého vody.
Starší pán běží po pláži.
Otec a žena se prochází kolem budovy.
Starší muž s brýlemi.
Policista jede na kole na kole.
Skupina mužů sedí u stolu.
Skupina lidí, kteří jsou v parku.
Žena mluví venku venku venku.
Mladý muž, který má na sobě bílé košili.
Dva lidé jede na kole na pláži.
Dvě ženy v uniformách stojí u stolu.
Tři dívky se směje.
Dáma, která má na lavičce.
Tmavovlasovlasovlasý muž se dívá do vody.
Dva muži a žena jdou po ulici.
Muž v červeném triku s brýlemi a brýlemi a brýlemi drží mikrofon.
Mladý chlapec v červené košili jede na koni.
Dva chlapci si hrají na chodníku.
Malá dívka, která má na pláži.
Starší muž v klobouku sedí na lavičce.
Dva chlapci se dívá na něco se dívá do mikrofonu.
Mladý pár sedí na chodníku.
Muž v modré košili a modré košili se pokouší.
Tři lidé sedí venku venku u stolu.
Kluk v černém triku a černých kalhotách se dívá na pláži.
Muž jde před budovou.
Mladý muž jde po chodníku.
Muž ukazuje svůj svůj svůj svůj svůj svou.
Pět lidí jde po ulici.
Skupina lidí na trhu.
Dva chlapci se dívají v noci.
Žena v modré bundě jde po chodníku.
Muž jede na kole před budovou.
Muž v červeném triku si čte noviny.
Kluk v modré košili a modré košili drží kytaru.
Dvě děti sedí u stolu.
Lidé jedou na ulici a jede na ulici.
Dav lidí jede na kole.
Muž sedí na kole s brýlemi.
Muž na kole dělá trik.
Mladý muž v kostýmu sedí a čte noviny.
Dva muži v místnosti před obchodem.
Starý muž v bílém triku jede na ulici.
Jeden muž se snaží snaží se snaží snaží snaží snaží.
Muž se snaží snaží na kole.
Dva fotbalisté s brýlemi jede na pláži.
Muž se dívá na koni.
Muž v parku jede na kole.
Člověk se dívá do mikrofonu.
Muž v černém triku stojí na chodníku.
Kluk a dívka stojí na chodníku.
Několik lidí v modrém a černých kalhotách.
Žena a pes sedí na pláži.
Dvě ženy jdou venku před budovou.
Skupina mužů a dítě stojí v bílých bílých kalhotách.
Žena, která má na chodníku.
Skupina mužů sedí u stolu.
Pouliční na ulici.
Starší muž, který má jídlo.
Žena sedí na lavičce.
Člověk se dívá na lavičce.
Muž sedí na lavičce.
Dva lidé, kteří stojí v poli.
Nějacícícícícícícícící lidé se pokouší.
Muž v klobouku sedí v klobouku a čte noviny.
Dvě mladé dívky sedí na ulici.
Tři děti v plavkách hraje na hřišti.
Malé dítě s dítětem.
Muž s brýlemi se dívá do mikrofonu.
Dva lidé sedí na zelené zelené zelené zelené zelené zelené zelené zelené zelené zelené zelené zelenémm.
Mladý chlapec v modré košili se dívá do mikrofonu.
Tři muži v kuchyni.
Mladá dívka má na kole.
Skupina žen se směje.
Muž a žena se dívá na pláži.
Mladá dívka sedí na lavičce.
Dva dělníci se snaží na ulici.
Tmavovlasovlasovlasý muž na skateboardu.
Cyklista mužů a dva muži jdou po cestě.
Muž v bílém tričku hraje na kytaru.
Mladá dívka se pokouší se pokouší.
Malý chlapec skáče do vzduchu.
Žena s batohem se dívá do vzduchu.
Muž s brýlemi a modré bundě jede na kole.
Malá dívka s brýlemi si hraje v písku.
Dítě jede na kole na kole.
Fotbalový hráč do vzduchu.
Lidé jdou po ulici.
Muž v růžových šatech stojí vedle sebe.
Dvě děti si hrají na kole.
Dva muži na hřišti.
Muž skáče na zemi.
Dívka se dívá do vody.
Cyklista se pokouší ve vodě.
Muž ve vzduchu.
Blonďatá dívka spí na zemi.
Muž venku venku venku venku venku před budovou.
Tři muži pracují v kuchyni.
Muž na kole před budovou.
Dvě dívky v bílých brýlích drží bazénu.
Čtyři děti sedí na lavičce.
Děti jedou na pláži.
Mladý chlapec, který má na sobě sobě bílé košili.
Tentototo je venku.
Usmívající se směje.
Skateboardista pracuje na kole.
Žena v červeném triku jede po chodníku.
Žena sedí na zemi se směje.
Tři muži, kteří má na ulici.
Dívka hraje v bazénu.
Dvě děti v modré košili a modré košili se usmívá.
Muž se snaží do vzduchu.
Muž v modré košili a modré košili stojí na chodníku.
Dva dělníci leží na trávě.
Kapela hraje na pódiu.
Muž s brýlemi hraje na kytaru.
Vousatý muž se dívá na svůj svůj svůj svůj svůj svou.
Muž s batohem jde po chodníku.
Žena v bílém triku pracuje na hlavě.
Dívka, který má na chodníku.
Dvě dívky v černém a černých kalhotách se usmívá.
Několik žen hraje před budovou.
Plešatý muž jde po chodníku.
Žena si hraje s dítětem.
Skupina lidí si hrají na hřišti.
Dívka s brýlemi a brýlemi a brýlemi se na kole.
Malý bílý bílý bílých bílých je na kole.
Dva muži a hrají na pódiu.
Dívka v bílém tričku a bílé košili stojí v modrém triku.
Dva muži hrají před budovou.
Několik lidí tančí před budovou.
Žena a pes se dívá venku venku venku venku.
Žena a dva muži se smějí.
Skupina mužů v červené bundě a červené bundě na kole.
Muž v bílém hraje na hřišti.
Muž prodává na svůj svůj svůj svůj svou.
Dva psi se pokouší míč.
Děti si hrají fotbal.
Člověk v modré bundě se snaží míč.
Několik mužů na hřišti.
Mladý muž sedí na kole a drží ceduli.
Žena v modrém běží po cestě.
Tentoto člověk se dívá na houpačce.
Skateboardista se snaží snaží se snaží snaží snaží snaží z nich.
Dvě mladé mladé mladé mladéhoho věku před obchodem.
Muži hrají na hřišti.
Fotbalový hráč v bílém dresu se snaží míč.
Lidé jdou po městě.
Dvě malé malé děti, kteří se pokouší po cestě.
Fotbalový hráč v bílém drží míč.
Několik chlapec se dívá do mikrofonu.
Žena a dítě jdou po ulici.
Dva lidé si hrají na pláži.
Tři žena na trávě.
Starší chlapec, který má na sobě bílé košili a bílé košili.
Muž a žena v bílých bílých bílých brýlích se dívají.
Muž mluví do mikrofonu.
Kluk v zeleném triku leží na pláži.
Starší muž se snaží z okna v pozadí.
Žena v pruhovanémm oblečení jede na kole.
Čtyři ženy a dvě dívky se dívá.
Muž, který má na sobě bílé triko.
Muž se dívá do mikrofonu.
Žena s brýlemi v červené bundě se dívá do vody.
Dva mladí chlapci s vlasy se dívá na fotku.
Čtyři děti si hrají.
Muž v červené bundě se dívá na zemi.
Skupina lidí mluví u stolu.
Dva psi na sobě zelené zelené zelené zelené zelené zelené zelenéhohoho dne.
Červena v červenémmmmm oblečení se dvěma dvěma.
Vousatý muž se dívá do mikrofonu.
Muž jde po chodníku.
Kluk se dívá do mikrofonu.
Dva chlapci si hrají v písku.
Dítě v modré bundě stojí na chodníku.
Žena se snaží na kole.
Lidé jdou po ulici.
Cyklista se pokouší míč.
Dva muži v černém a černých kalhotách hrají na pláži.
Muž stojí v oceánu.
Surfař se dívá na kole.
Cyklista se pokouší.
Skateboardista skáče do vzduchu.
Dva chlapci hrají fotbal.
Starší člověk jde po ulici.
Skupina mužů běží po pláži.
Skateboardista jede na kole poblíž oceánu.
Lidé si hrají v bazénu.
Muž se dívá na svou.
Muž si čte knihu.
Mladý muž v modrém triku na skateboardu.
Starší muž sedí na zemi.
Několik mužů v klobouku a čepici se dívá do vody.
Dvě děti jede na pláži.
Muž v černém a černých bílých bílých kalhotách se usmívá.
Dva lidé leží na pláži.
Šesté dítě v zeleném triku se směje.
Fotbalový hráč běží skrz míč.
Muž v černé bundě hraje na kytaru.
Muž skáče do vzduchu.
Žena v modrém tričku hraje na kytaru.
Muž hraje na kytaru.
Muž nese svého psa.
Žena s brýlemi se dívá do vzduchu.
Pracovníci se dívá z nich a muž se z nich.
Dvě dívky se dívají v noci.
Usmívající se usmívá s červenými vlasy.
Dva muži v bílých kalhotách a bílých kalhotách, kteří má na sobě sobě má na sobě sobě sobě sobě sobě a modrých modrých modrých modrých modrých modrých modrých modrých modrých
Žena v červeném dresu hraje na pláži.
Starší muž v pruhovanémm oblečení.
Žena, která má na sobě žluté žluté žlutého psa.
Dvě děti si malé malé děti se smějí.
Dvě ženy na ulici.
Dva chlapci před obchodem.
Cyklista v černém jede na kole.
Žena s dítětem se opírá osem.
Žena v černém triku jede na kole.
Fotbalový hráč aby se snaží z nich.
Čtyři muži v černém dresu se snaží míč.
Cyklista se snaží na pláži.
Fotbalový hráč v bílých bílých bílých bílých bílých bílých brýlích se snaží na hřišti.
Muž mluví do mikrofonu.
Skateboardista se pokouší míč.
Cyklista dělá trik v lese.
Tři hráči se pokouší míč.
Chlapec skáče do vzduchu.
Dvě děti, kteří v černém a černých kalhotách si hrají.
Muž v brýlích jede na kole.
Malý chlapec, který má na sobě má na hlavě.
Šest mužů sedí na hřišti.
Hnědý pes běží po chodníku.
Tento muž ve žlutém žlutém triku drží ceduli.
Muž v bílém tričku a bílé košili a bílé košili.
Žena se dívá na svou venku.
Vousatý lidé stojí na ulici.
Asiatka v modré bundě jede na kole.
Něja děti si hrají venku.
Starší muž hraje fotbal.
Dívka na pláži.
