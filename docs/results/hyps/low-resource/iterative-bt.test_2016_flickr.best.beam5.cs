Muž v šedém triku si užívá.
Chlapec běží na travnatém poli.
Dívka v šedém triku hraje na pódiu.
Pět lidí v červených šatech stojí ve sněhu.
Lidé pracují u stolu.
Muž v oranžových šatech stojí u stolu.
Skupina lidí stojí před budovou.
Chlapec v červeném dresu skáče do vzduchu.
Muž pracuje na chodníku.
Muž v klobouku sedí u stolu.
Matka a mladých mladých mladýchchchchchch mladýchchchchchchchchchchchchchchchchchchchch lidí a hraje
Muž si hrají fotbal.
Žena drží knihu.
Muž sedí u stolu.
Tři lidé sedí u stolu.
Dívka v šatech jde po ulici.
Blonďatá dítě se směje v písku.
Žena v černém triku a černých šatech stojí u stolu.
Člověk v zeleném triku leze na pláži.
Dva muži se dívají na pláži.
Lidé stojí před budovou.
Kapela hraje na hřišti.
Žena leží na pláži.
Muž stojí na pódiu.
Žena se směje.
Žena v růžovém triku a šatech se směje.
Muž se směje.
Skupina mladých dětí se směje.
Žena v oranžových vestách pracují na pódiu.
Jedennn se směje, zatímco muž se dívá.
Několik lidí jede po cestě.
Dvě mladé dívky sedí na pódiu.
Dítě se dívá na vodě.
Tři lidé sedí u stolu.
Dva kluci stojí na pláži.
Starší žena se dívá na ulici.
Muž hraje na kytaru.
Cyklista se dívá na chodníku.
Mladá žena se dívá na pláži.
Muž v červeném triku stojí na pódiu.
Dívka ve vodě.
Muž v modrém triku a modrých triku stojí u stolu.
Lidé sedí u stolu.
Dítě se dívá na pláži.
Muž v červeném triku nese jídlo.
Dva muži ve vodě.
Batole si užívá s brýlemi.
Cyklista se baví na trávě.
Muž pracuje na pláži.
Muž v červeném tričku hraje na pláži.
Lidé jdou po chodníku.
Cyklista se dívá do vzduchu.
Skupina lidí jde po ulici.
Muž na vodě.
Žena v černém triku jde po chodníku.
Muž v červeném triku sedí na trávě.
Cyklista se dívají na pláži.
Dva muži v černo---------žlutém oblečení.
Muž v červeném triku jede na skateboardu.
Dva muži, kteří v oranžových šatech a jeden má na pláži.
Vousatýatý muž na pódiu.
Chlapec hraje na kytaru.
Dav lidí v parku.
Muž sedí na pláži.
Chlapec a chlapec si hraje na kytaru.
Žena v modrém triku a černých kalhotách se dívá na lavičce.
Hnědý pes stojí na pláži.
Žena sedí u stolu.
Muž se připravujee v parku.
Žena v oranžových šatech jde po chodníku.
Basketbalista v červeném triku hraje na pódiu.
Dítě sedí na pláži.
Dva muži se dívají na pláži.
Žena hraje na ulici.
Mladá dívka v bazénu.
Několik dětí si užívá.
Tři muži v parku.
Hnědý pes jde po trávě.
Lidé sedí v trávě.
Starší muž sedí u stolu v pozadí.
Dva mladí mladí chlapci na pláži.
Muž v černém triku hraje na kytaru.
Mladá žena mluví na chodníku.
Dvě ženy si hrají na pódiu.
Muž se připravuje jídlo.
Chlapec na pláži.
Muž pracuje u stolu.
Skupina lidí sedí u stolu a jí u stolu.
Blonďatá žena se směje.
Malé dítě v černých kalhotách a černých kalhotách se směje.
Žena s dlouhými vlasy v černých šatech se směje.
Muž v parku.
Dívka se dívá na pláži.
Muž s dlouhými vlasy se směje.
Starší muž se dívá.
Dítě v bílém triku si užívá.
Tři muži v restauraci.
Žena se směje, který má na sobě má na sobě má na sobě sobě tričko.
Skupina dětí sedí u stolu u stolu.
Mladý chlapec v červeném dresu skáče do bazénu.
Blonďatá žena se směje.
Pracovníci sedí u stolu.
Žena skáče do vzduchu.
Muž v oranžových brýlích pracuje na chodníku.
Skupina lidí leze na pódiu.
Kapela na kole.
Muž dělá trik na pódiu.
Dítě sedí u stolu.
Hnědý pes skáče do bazénu.
Starší pár do vody.
Malé dítě jde po chodníku.
Dívka sedí na kole.
Černý pes skáče do vody.
Muž v bílém triku a bílém triku skáče do vzduchu.
Dva muži v parku.
Chlapec s brýlemi stojí na chodníku.
Dva lidé jsou na pláži.
Lidé stojí venku venku venku u stolu.
Muž leze po chodníku.
Dva psi běží sněhem.
Jedenn si hraje na pódiu.
Miminko v parku se dívá na zemi.
Muž sedí u stolu.
Tato žena se usmívá.
Lidé jsou venku u stolu.
Čtyři psi běží po chodníku.
Žena s dlouhými vlasy se směje.
Dva lidé sedí na pláži.
Stará žena pracuje na pódiu.
Chlapec stojí ve vzduchu.
Muž v modrém triku se směje.
Tři psi si hrají na pláži.
Chlapec připravuje jídlo.
Muž v zeleném triku skáče do vzduchu.
Dítě v modrém triku skáče přesskakujeskakuje.
Pracovník v červeném triku jede na pódiu.
Muž v šedém oblečení mluví do mikrofonu.
Skupina mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch lidí
Muž nese po cestě.
Muž v černém triku jde po sněhu.
Cyklista skáče do vzduchu.
Policista v bílých šatech a černých kalhotách se usmívá.
Skateboardista je ve městě.
Muž v zeleném triku a zeleném triku se směje.
Dítě s dlouhými vlasy se dívá na chodníku.
Pes s klackem na pláži.
Muž se dívá na pláži.
Muž v červeném triku se směje.
Mladá žena v černých šatech drží deštník.
Chlapec v červeném triku skáče do písku.
Starší v bundě sedí na lavičce.
Muž v bílém triku se dívá na pódiu.
Žena drží deštník.
Několik dětí si hraje ve vodě.
Dva lidé jede po cestě.
Dívka skáče na chodníku.
Muž, který má na sobě sobě sobě má na sobě sobě sobě sobě sobě tričko.
Malý chlapec si hraje fotbal.
Malá dívka se směje.
Žena v modrém triku stojí před obchodem.
Malá dívka se houpe na pláži.
Hnědý pes běží na pláži.
Dva psi si hrají.
Černý pes v černých kalhotách a černých kalhotách běží na pláži.
Dva muži v zeleném oblečení stojí u stolu.
Muž oblečená v černých šatech a černých kalhotách se usmívá.
Pes běží s hračkou.
Pes ve sněhu.
Muž hraje na pláži.
Žena a dítě se dívá se na dítě.
Dva muži a žena stojí venku u stolu.
Skupina mužů na vodě.
Muž se dívá u stolu.
Muž v černém triku hraje na kytaru.
Mladý chlapec v modrém tričku hraje fotbal.
Muž stojí na chodníku.
Pes sedí na trávě.
Dvě ženy v oranžových šatech se dívají na pláži.
Muž sedí u stolu v parku.
Malé dítě v zeleném oblečení hraje na pódiu.
Muž se směje.
Muž sedí u stolu u stolu a mluví před obchodem.
Chlapec v černém triku a černých kalhotách drží deštník.
Blonďatý muž sedí na trávě.
Pes běží po cestě.
Muž jde po chodníku.
Dva muži pracují na pódiu.
Tato mladých lidí stojí u stolu.
Hnědý pes si hraje na hřišti.
Muž hraje na kytaru.
Žena s dlouhými vlasy sedí na lavičce.
Muž mluví.
Dvě děti se dívají na pláži.
Muž jede na skateboardu.
Mladá žena s tmavými vlasy se směje na hlavě.
Žena v červeném triku sedí na lavičce.
Pes jde po cestě.
Mladý muž v černých kalhotách stojí na pódiu.
Skupina lidí jsou venku.
Muž s batohem na kole.
Muž skáče do vody.
Skupina mužů hraje na hřišti.
Kapela hraje na ulici.
Mladá žena drží deštník.
Dva lidé v modrém oblečení jsou venku.
Černý pes skáče do bazénu.
Surfař jede na pláži.
Černý muž pracuje na dráze.
Skateboardista v šedém triku se připravuje připravuje.
Dva muži sedí u stolu.
Tři muži jdou po cestě.
Asiatka v červených šatech se směje.
Mladý muž se dívá na zemi.
Tři kluci si hrají fotbal.
Tři muži jsou venku.
Lidé jsou v restauraci.
Skupina mladýchch mužů v parku.
Skupina mladých mladýchchch mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch
Dva muži, kteří jsou z nich z nichžžžžžžžžžžžžžžžžžž z nich z nich z nich z nich
Dvě ženy se dívají na zdi.
Žena v červeném triku a červeném triku sedí na pódiu.
Dvě ženy mluví na pódiu.
Několik mužů a hraje na pódiu.
Muž ve žlutém triku se směje.
Muž a chlapec na pláži.
Žena na vodě.
Chlapec sedí na houpačce.
Mladá dívka oblečená oblečená do bazénu.
Mnoho lidí sedí u stolu.
Mladý muž s dlouhými vlasy sedí na kytaru.
Muž jede po cestě.
Dívka v modrém triku se dívá do vzduchu.
Pes skáče.
Černý pes s bílými brýlemi v puse.
Dva psi si hrají v parku.
Muž s brýlemi a drží ceduli.
Muž, který má na sobě dělá trik.
Muž v černém triku leze na chodníku.
Dva psi si hrají na pódiu.
Dva muži na chodníku.
Vousatý muž sedí u stolu.
Vousatýatý muž jde po chodníku.
Dva žena v černých šatech jde po cestě.
Malé dítě v modrém drží vodou.
Lidé jdou po cestě.
Tři mladí lidé se dívají na pódiu.
Žena a dítě si hraje před obchodem.
Černý muž a muž se směje.
Dívka v červených šatech sedí u stolu.
Hnědý pes běží po poli.
Chlapec s bílými vlasy na zeleném hřišti.
Plešatýatý muž se směje.
Dav lidí na ulici.
Černý pes běží na pláži.
Muž v písku.
Muž a žena sedí na pláži.
Dítě se dívá na houpačce.
Muž jede na pódiu.
Chlapec se dívá na pláži.
Žena v černých šatech pózuje před obchodem.
Muž na pódiu.
Mladá žena s dlouhými vlasy a tmavými vlasy se směje.
Žena s batohem leze na vodě.
Černý pes běží na trávě.
Chlapec v zeleném triku jede na skateboardu.
Malý chlapec v červených šatech stojí na ulici.
Žena leží na pláži.
Několik mužů hraje na pódiu.
Muž v modrém triku skáče do vzduchu.
Muž a dvě dívky se směje, zatímco muž, zatímco muž, zatímco muž, zatímco muž, zatímco muž a muž aby se se dívají se se se se dívají se se se se do vody.
Muž v červeném triku se dívá na pláži.
Chlapec v červeném triku a červeném dresu se dívá do vzduchu.
Asijská žena se směje.
Starší žena si hraje na houpačce.
Černý pes skáče přes překážku.
Hnědovlasvlasý muž v zeleném triku hraje na pódiu.
Muž mluví na pláži.
Skupina dětí sedí na pláži.
Černý muž sedí v písku.
Malý pes si hraje na hřišti.
Lidé sedí u stolu před budovou.
Jeden pes skáče na pláži.
Blonďatá dítě se dívá na houpačce.
Jedennnn a muž se směje.
Starší muž si užívá u stolu.
Hnědý pes skáče do zeleného psa.
Starší muž hraje na kytaru.
Mladý chlapec stojí u stolu.
Tři děti jdou po trávě.
Muž mluví na chodníku.
Muž na kole jede na kole.
Chlapec s dlouhými vlasy a helmou běží po cestě.
Žena v bundě sedí na lavičce.
Muž na skateboardu.
Muž ve vzduchu.
Žena mluví na chodníku.
Dva hráči hrají na hřišti.
Dítě v modrém triku skáče na lavičce.
Cyklista ve vodě.
Skupina mladých lidí si hraje na pódiu.
Mladý muž se směje.
Mladý chlapec skáče na houpačce.
Dva lidé v modrém oblečení stojí u stolu.
Muž běží v modrém triku.
Asijskýsijskýsijský muž se připravuje z okna.
Vousatý muž běží po cestě.
Fotbalista se pokouší míč.
Basketbalista v černých šatech a drží deštník.
Dva hráči se dívají na pláži.
Fotbalovýový tým v poli.
Malá dívka běží po trávě.
Skupina dětí si hraje na pódiu.
Starší pár jde po ulici.
Hnědý pes běží po pláži.
Dva muži v černých šatech stojí vedle sebe.
Starší muž dělá trik.
Cyklista skáče do vzduchu.
Pár sedí u stolu u stolu.
Malé děti jsou na pláži.
Surfař v modrém triku jede na pláži.
Chlapec skáče do vzduchu.
Dva mladí muži na hřišti.
Lidé jdou po ulici.
Mladý chlapec v bílém triku skáče do vzduchu.
Chlapec v šedém triku se směje.
Žena v modrém triku a černých kalhotách se směje.
Tři lidé se usmívá a drží ruce.
Cyklista stojí na ulici.
Dva muži, jeden má na sobě sobě má na sobě sobě sobě sobě sobě sobě, jeden má na sobě
Chlapec v červeném dresu se snaží míč.
Mladý chlapec s brýlemi se směje.
Kapela hraje na kytaru.
Muž sedí u vody.
Starší pár se směje, zatímco drží dítě.
Žena jde po chodníku.
Muž, který drží ceduli.
Dav se dívá na trhu.
Dívka v černých šatech a černých šatech jde po cestě.
Muž se připravujee po dráze.
Člověk jede na pláži.
Starší pár se připravuje z okna.
Starší muž a dělá trik.
Vousatý muž stojí v pozadí.
Černý pes skáče do vzduchu.
Žena v plavkách si čte knihu.
Několik lidí se dívají na hřišti.
Muž v bílém triku hraje na pódiu.
Kluk se dívá do vzduchu.
Lidé drží ceduli.
Tři muži ve vodě.
Dvě ženy a dvě ženy se dívají se u stolu.
Tři děti stojí u stolu.
Pán se dívá na zemi.
Mnoho lidí ve městě.
Muž skáče do vzduchu.
Malá dívka běží na pláži.
Vousousatýatý muž se směje.
Dva lidé stojí u stolu.
Žena v růžovém triku drží deštník.
Fotbalovýový hráč ve vzduchu.
Muž jde po chodníku.
Tři chlapci v zeleném oblečení a zeleném oblečení se dívají na pláži.
Muž s brýlemi se směje.
Bílý pes běží ve vodě.
Starší pár se baví.
Skupina dětí si hraje na pódiu.
Skupina žen si hrají fotbal.
Malá dívka v růžovém šatech se houpe na pláži.
Muž s brýlemi se směje.
Dva psi běží ve sněhu.
Muž ve vzduchu.
Žena sedí u stolu.
Děti sedí na lavičce v parku.
Bílý pes skáče do vody.
Dav lidí jsou ve vodě.
Několik mužů na ulici.
Mladá dívka se dívá na pláži.
Fotbalista v červeném dresu míč.
Žena v černém triku se směje.
Čtyři dívky, která má na pódiu.
Člověk hraje na kytaru.
Dívka v černo--------------------------------------------
Dítě ve sněhu.
Blonďatá dívka a dívka si prohlíží na pódiu.
Kluk v modrém triku se směje.
Starší muž s modrými vlasy a modrými vlasy.
Muž jede na skateboardu.
Chlapec skáče do bazénu.
Děti jsou na chodníku.
Lidé jdou v pozadí.
Malá dívka se směje.
Dva muži se dívají na vodě.
Dva muži se dívají na pláži.
Starší žena v šatech stojí u stolu.
Žena leží na pláži.
Cyklista se usmívá, jeden z nich z nich z nich z nich z nich z nich z nich z nich z nichžžžžžžžžžžžžž
Snowboardista skáče do vzduchu.
Tři psi si hrají na hřišti.
Dvě děti na písku.
Mladý chlapec si hraje na kytaru.
Několik lidí stojí u stolu.
Starší muž v parku.
Dívka v šedém triku hraje na hřišti.
Cyklista se připravuje ve vodě.
Muž stojí na ulici.
Cyklista skáče do vzduchu.
Dva muži jedou na pláži.
Dva lidé stojí na pódiu.
Mladá dívka si hraje na pláži.
Tři muži se usmívá a usmívá se se se se.
Člověk si užívá na hřišti.
Muž v černém triku sedí u stolu.
Čtyři lidé na trávě.
Chlapec s batohem skáče na kole.
Je muž v bílém triku hraje na kytaru.
Pes s hnědými vlasy se směje.
Chlapec si hraje na pódiu.
Starší muž v parku.
Muž v obleku stojí u stolu.
Dva psi si hrají ve sněhu.
Starší muž si užívá.
Vý pes běží po poli.
Cyklista v bílém dresu hraje na hřišti.
Muž v bílém triku hraje na kytaru.
Černý pes se dívá na pláži.
Cyklista se směje.
Dva muži a dívka se usmívá se se se.
Dítě se dívá na hlavě a dívá se do vzduchu.
Černý pes skáče na pláži.
Mladá dívka stojí u stolu.
Dvě děti si hrají.
Tenista v zeleném triku drží deštník.
Chlapec v červeném tričku hraje na vodě.
Dítě v červeném triku a červené bundě drží deštník.
Dva kluci s bílými vlasy stojí venku venku.
Dva lidé stojí na pláži.
Dva muži sedí u budovy.
Dítě s dlouhými vlasy a drží dítě se směje.
Černý pes hraje fotbal.
Dva lidé na chodníku před budovou.
Žena hraje fotbal.
Dva psi běží po poli.
Hnědý pes skáče přes překážku.
Muž, který má na ulici.
Malá dívka drží dítě, zatímco se směje.
Muž se dívá na kole.
Děti se připravujee po chodníku.
Cyklista se pokouší po cestě.
Dva lidé jsou na pódiu.
Mladý chlapec se houpe na kole.
Chlapec v červeném triku a černých kalhotách předvádí trik.
Starší muž stojí před budovou.
Muž hraje na kytaru.
Dvě ženy se směje, zatímco stojí u stolu.
Hnědý pes jde po trávě.
Basketbalista v černém triku v černém triku je v černém triku.
Žena drží ceduli.
Dva psi běží v trávě.
Dvě děti sedí na lavičce.
Žena v trávě.
Muž mluví do mikrofonu.
Skupina lidí na ulici.
Muž sedí na lavičce.
Starý muž v šedém triku se směje.
Starší muž v černých brýlích se směje.
Muž hraje na kole.
Muž na pláži.
Několik lidí v restauraci.
Dvě ženy jsou v parku.
Surfař v červeném triku se dívá do vzduchu.
Pes skáče přes překážku.
Starší žena v černém triku se směje.
Muž se směje.
Dvě dívky v oranžových šatech před budovou.
Pes nese nese po vodě.
Dívka v růžovém triku se dívá do vody.
Muž si užívá.
Tři ženy v černých šatech a drží deštník.
Hnědý pes skáče do vzduchu.
Mladý chlapec v bílém triku a černých kalhotách se směje.
Dva psi běží na pláži.
Dívka hraje na kytaru.
Tři mladí mladí chlapci stojí u stolu.
Dva muži jde po ulici.
Tři hráči se snaží míč.
Dva malí kluci se snaží přes ulici.
Muž drží ceduli.
Bílý pes na pláži.
Chlapec jede na skateboardu.
Skateboardista hraje na kytaru.
Tři Tři muži stojí na pláži.
Dva malí kluci v červených šatech a červených šatech se baví.
Mladý chlapec se směje do mikrofonu.
Malá dívka v růžovém triku drží deštník.
Muž v zeleném triku skáče do vzduchu.
Žena hraje na pódiu.
Čtyři lidé hrají na pláži.
Dvě dívky, jedna se usmívají v pozadí.
Dva psi běží sněhem.
Žena v zeleném triku stojí u stolu.
Několik mužů v restauraci.
Dva lidé sedí u stolu.
Dva muži s bílými brýlemi se dívají.
Dítě se dívá na houpačce.
Muž a žena sedí u stolu.
Dva žena si hrají v bazénu.
Muž v bílém triku jde po chodníku.
Dva lidé se dívají na dráze.
Několik lidí sedí u stolu.
Dvě dívky v modrých šatech a modrých šatech se usmívají na sobě, jedna v pozadí.
Několik lidí sedí na pódiu.
Skupina lidí na pódiu.
Skateboardista jede na kole ve sněhu.
Muž v zeleném triku jde po pláži.
Několik mužů stojí u stolu.
Dva muži pracují na hřišti.
Děti skáče do bazénu.
Muž na pláži.
Žena v šedém triku jede na kole.
Dívka oblečená v černých šatech a černých šatech se dívá.
Muž v plavkách stojí u vody.
Čtyři muži sedí na pódiu.
Cyklista se směje.
Skateboardista v červeném triku a černých kalhotách na pódiu.
Starší žena v zeleném triku se usmívá.
Dva muži v oranžových vestách pracují.
Blonďatá dívka v červených šatech hraje na pódiu.
Malé dítě si čte knihu.
Žena sedí na trávě.
Muž jde po ulici.
Žena v šedém triku s mužem.
Žena stojí ve vodě.
Muž v bílém triku hraje na pódiu.
Muž v černém triku hraje na ulici.
Starší muž sedí u stolu.
Žena v bílém triku pracuje u stolu.
Muž s brýlemi stojí na pláži.
Dvě děti se dívá na pláži.
Vousatýatý muž s dvěma lidmi.
Žena v růžovém triku stojí u stolu.
Muž se směje.
Muž v modrém triku a modrém triku mluví.
Tři děti sedí na pláži.
Dívka v červeném triku skáče do bazénu.
Muž na zeleném zeleném hřišti.
Muž se směje, zatímco muž se směje.
Muž se směje.
Muž v černé bundě hraje na kytaru.
Skupina mladých lidí v parku.
Muž stojí na vodě.
Cyklista se dívá na trhu.
Dva chlapci v oranžových šatech se baví.
Dva muži v modrém dresu se dívá na hřišti.
Skupina mužů v modrém oblečení stojí u stolu.
Mladá žena na pláži.
Dav lidí stojí u stolu a hraje na pódiu.
Muž s brýlemi se směje.
Muž pracuje na pódiu.
Dva muži pracují u stolu.
Vousatý muž v bílé košili mluví do mikrofonu.
Chlapec v zeleném triku běží.
Postarší muž drží ceduli.
Muž v černém triku mluví do mikrofonu.
Dva muži v černých šatech sedí u stolu.
Mladá dívka v černých šatech, která má na sobě černých šatech.
Muž v červeném dresu stojí na hřišti.
Lidé běží na pláži.
Lidé se dívá na pláži.
Lidé na pódiu před obchodem.
Několik mužů, kteří jsou venku.
Muž v červeném triku nese po poli.
Vousousatý muž se směje.
Žena drží ceduli.
Žena sedí u stolu v parku.
Žena sedí na chodníku.
Tři ženy sedí na pódiu.
Žena v modrém triku jde po chodníku.
Starší dětí sedí na lavičce a jí.
Pes hraje na pláži.
Dva psi si hrají.
Dítě se dívá na skateboardu.
Několik lidí se baví.
Muž se připravuje jídlo.
Muži pracují na poli.
Žena v modrém triku jede na kole.
Několik mužů v parku.
Mladá žena oblečená oblečená v pozadí.
Muž v oranžových šatech jde po ulici.
Mladá žena leze po chodníku.
Starší muž v modrém oblečení pracují na ulici.
Lidé se dívá na lavičce.
Muž hraje na kytaru.
Dva muži sedí u stolu.
Dvě ženy ve vodě.
Lidé pracují na dráze.
Muž v černém triku a černých kalhotách stojí u stolu.
Skupina lidí hraje na pódiu.
Malá dívka v modrém triku jede na ulici.
Skupina mužů sedí u stolu a mluví.
Muž s brýlemi stojí na chodníku.
Hnědý pes s klackem v tlamě.
Starší muž se dívá do vody.
Žena s tmavými vlasy a žena se směje.
Dítě v červeném triku se dívá do vzduchu.
Žena sedí na pláži.
Tři muži stojí na pódiu.
Žena se připravujee v parku.
Žena v červených šatech stojí u stolu.
Dva psi běží s psem.
Muž s modrými brýlemi sedí na lavičce.
Starší žena stojí v pozadí.
Mladá dívka se směje.
Asiatka sedí u stolu.
Malá dívka se směje, zatímco se dívá.
Starší muž v černém triku se směje.
Žena se dívá u stolu.
Dítě jede na houpačce.
Starší muž jde po chodníku.
Cyklista sedí na pódiu.
Muž v černém triku a černé bundě se směje.
Mladý muž se připravujeee po dráze.
Muž a dívka se pokouší po chodníku.
Žena s dlouhými vlasy se dívá na chodníku.
Muž v černém triku jde po chodníku.
Muž skáče na pódiu v pozadí.
Člověk v červené bundě drží deštník.
Žena sedí na lavičce.
Muž v bílé bundě mluví na pódiu.
Žena s dlouhými vlasy a usmívá do mikrofonu.
Skupina mužů jde po ulici.
Člověk jde po cestě.
Skupina lidí stojí na pódiu.
Muž nese z okna.
Muž hraje na kytaru.
Dívka v zeleném oblečení stojí před obchodem.
Mladá dívka v růžovém triku běží na pláži.
Starší muž v černém triku a černých kalhotách běží po ulici.
Muž v modré bundě mluví do budovy.
Lidé na hřišti.
Na ulici jsou ve městě.
Skupina lidí jde po ulici.
Starší muž v oranžových brýlích jde po ulici.
Dva muži pracují u stolu.
Tato muž s bílými brýlemi se dívá na pláži.
Žena ve vzduchu.
Několik lidí sedí u stolu před budovou.
Muž v restauraci sedí u stolu.
Starší muž se usmívá na kole.
Mladá žena sedí u stolu.
Muž v obleku hraje na ulici.
Žena v červeném triku pracuje na pódiu.
Lidé stojí ve vzduchu.
Muž se směje.
Muž sedí u stolu.
Dva mladí muži jedou na pláži.
Žena v oranžových šatech sedí po ulici.
Skateboardista v oranžových šatech a dělá trik do mikrofonu.
Muž s brýlemi, který má na sobě má na zemi.
Dítě si hraje na kytaru.
Dívka nese nese na pláži.
Muž v černém triku jde po ulici.
Dva muži jsou venku před obchodem.
Žena v černém drží deštník.
Skupina lidí sedí u stolu u stolu.
Muž jede na kole.
Žena v černém triku a černých kalhotách se dívá do vzduchu.
Tři dívky jdou po chodníku.
Žena s dlouhými vlasy se směje.
Muž se dívá na chodníku.
Muž v černém triku stojí před obchodem.
Muž a žena sedí u stolu.
Mladá dívka s hnědými vlasy, který má na trávě.
Mladý muž v zeleném oblečení hraje na hřišti.
Žena ve žlutém triku jede na pódiu.
Muž se dívá v pozadí.
Skupina mužů stojí na poli.
Dav lidí na ulici.
Muž s vousy v parku.
Dva kluci se baví.
Lidé sedí u stolu a dívají na chodníku.
Pracovníci jsou venku u stolu.
Muž v černém triku stojí na vodě.
Cyklista se dívá na pláži.
Lidé si hrají na kytaru.
Lidé stojí ve vodě.
Žena se dívá na lavičce.
Muž v bílém triku a černých kalhotách se dívá do vzduchu.
Dva muži v černých šatech stojí u stolu.
Dva lidé jsou ve vodě.
Muž a žena stojí na ulici.
Pět mužů, kteří si užívá.
Čtyři muži, kteří sedí u stolu a jeden má na sobě sobě sobě sobě, zatímco sedí u stolu.
Tato mladých lidí sedí na lavičce.
Muž v červeném triku jde po chodníku.
Cyklista hraje na pódiu.
Starší muž s bílými brýlemi a usmívá se.
Někdo hraje na kytaru.
Muž s dlouhými vlasy se usmívá.
Dva lidé se dívají na pláži.
Dva muži, kteří se dívá do vzduchu.
Několik mužů oblečená v oranžových vestách.
Dvě dívky běží po chodníku.
Dva muži v oranžových vestách pracují na vlně.
Dítě leží na pláži.
Pes nese a žena se směje.
Skupina lidí se dívá na pláži.
Dva mladí muži hrají na pódiu.
Mladý muž mluví do mikrofonu.
Dva lidé stojí u stolu.
Čtyři lidé jedou na ulici.
Žena v růžovém triku a růžovém triku se směje.
Žena v červeném triku se směje.
Chlapec v bílém dresu skáče do vzduchu.
Malá dívka se dívá na pláži.
Několik lidí s modrými vlasy se baví do objektivu.
Člověk v černém triku stojí před budovou.
Starší muž se připravuje po chodníku.
Muž jede na pláži.
Starší muž jde po ulici.
Dvě ženy jsou venku.
Žena s dlouhými vlasy se směje.
Žena v zeleném triku mluví do mikrofonu.
Malé dítě se směje.
Skupina lidí sedí u stolu v parku.
Člověk v oranžových šatech stojí na ulici.
Starší muž v červeném triku a černých kalhotách se dívá na pláži.
Černý pes s hnědým psem.
Muž s brýlemi drží ceduli.
Muž v zeleném dresu skáče do vzduchu.
Muž v oranžových šatech a žena v parku.
Dítě jde po chodníku.
Černý pes běží na trávě.
Starší muž nese svůjůj svéhoho dne.
Pes běží na trávě.
Skupina mužů sedí u stolu a jí.
Lidé jdou po ulici.
Skupina lidí na kole.
Muž v zeleném triku jede na pódiu.
Mladý muž a mladých žen mluví u stolu.
Cyklista s bílými brýlemi a bílými brýlemi na pódiu.
Muž v černém triku pracuje na ulici.
Muž stojí na ulici.
Žena v černých šatech a černých šatech se směje.
Skupina lidí na ulici.
Muž jde po cestě.
Tři lidé jdou po chodníku.
Několik mužů v černo-----------------------------
Žena v červeném triku jde po ulici.
Starší muž v modrém triku a modrých šatech se usmívá.
Lidé sedí na sobě v trávě.
Muž sedí na lavičce.
Tři muži v černých šatech a černých kalhotách se směje.
Lidé pracují u stolu.
Starší pár s bílými vlasy aby mohli.
Několik lidí leze po silnici.
Malé dítě v modrém triku se dívá na pláži.
Lidé se dívá na hřišti.
Muž s vousy hraje na ulici.
Chlapec stojí u stolu.
Muž, který má na sobě má na sobě má na hlavě.
Čtyři muži jsou na pláži.
Žena si hraje na vodě.
Muž běží po chodníku.
Několik lidí a jsou v parku.
Vousousatý muž mluví.
Policista na kole.
Skupina mužů sedí u stolu u stolu.
Mnoho lidí v parku.
Žena mluví na pódiu.
Mladý muž v černém triku a černých kalhotách se směje.
Dva lidé jede po cestě.
Dvě ženy v oranžových šatech stojí venku.
Tři dívky se dívají na pódiu.
Žena v černé bundě a černé bundě sedí na pláži.
Dlouhovlasvlasá žena se směje.
Dva muži a žena jdou po ulici.
Muž v červeném tričku a černých brýlích drží deštník.
Mladý chlapec v červeném triku jede na skateboardu.
Dva kluci si hrají na chodníku.
Malá dívka v černých šatech drží deštník.
Starší muž v klobouku a klobouku sedí na lavičce.
Dva kluci se dívají na pláži.
Mladý pár sedí na chodníku.
Mladý muž v červeném triku a modrých triku se svýmem.
Tři lidé sedí u stolu.
Chlapec v červeném triku a černých kalhotách se dívá se na houpačce.
Muž jde po chodníku.
Mladý muž jde po chodníku.
Muž jede na pódiu.
Pět lidí jde po ulici.
Skupina lidí na pódiu.
Dva chlapci se dívají na chodníku.
Žena v černé bundě jde po chodníku.
Muž a muž sedí na kole.
Muž v šedém triku se dívá.
Chlapec v zeleném triku a kalhotách se směje.
Dvě děti sedí u stolu.
Lidé jede na ulici.
Několik lidí jede na kole.
Muž mluví na pódiu.
Muž na kole.
Starší muž oblečená sedí u stolu.
Dva muži v oranžových šatech a bílých šatech stojí před obchodem.
Starší muž v bílém triku jede na ulici.
Jedennn se pokouší míč.
Surfař jede na skateboardu.
Dva lyžaři běží po cestě.
Muž se dívá na hlavě a nese.
Muž v parku.
Člověk s brýlemi se dívá na houpačce.
Muž v černém triku a černém triku stojí na chodníku.
Chlapec a dívka stojí na pláži.
Několik lidí v modrém oblečení a černých kalhotách se dívají.
Žena a černý pes sedí na pláži.
Dvě ženy jdou před budovou.
Skupina mužů a dítě stojí v trávě.
Žena v černém triku a černých kalhotách nese na chodníku.
Skupina mužů sedí u stolu u stolu.
Několik lidí na chodníku.
Starší muž v parku.
Žena sedí u stolu u stolu.
Člověk se dívá na pláži.
Muž sedí u stolu.
Dva lidé v oranžových uniformách stojí u stolu.
Několik skáče do vzduchu.
Muž oblečená oblečená v parku.
Dvě mladé dívky sedí na ulici.
Tři děti si hrají na hřišti.
Malé dítě s dlouhými vlasy se směje.
Muž s brýlemi se dívá na hlavě.
Dva lidé sedí u stolu.
Mladý chlapec v modrém triku se dívá na houpačce.
Tři muži v parku.
Mladá dívka, která má na sněhu.
Skupina žen jsou v parku.
Muž a žena jsou po cestě.
Mladá dívka sedí na lavičce.
Dvě ženy jdou po ulici.
Skupina mladých mladýchchch mladýchchchchchchchchchchchchchchch mladýchchchchchchchchchchchchchchchchch
Dva muži, kteří jsou na pláži.
Muž v bílém tričku hraje na kytaru.
Mladá dívka se směje.
Malý chlapec skáče do vzduchu.
Žena s dlouhými vlasy se dívá na houpačce.
Muž s bílými brýlemi a slunečními brýlemi leze na pláži.
Malá dívka hraje na kytaru.
Dítě jede na kole po cestě.
Cyklista se připravujee na skateboardu.
Lidé jdou po ulici.
Muž v černém triku stojí vedle zdi.
Dvě děti si hrají na kole.
Dva muži hrají na hřišti.
Muž skáče na pláži.
Dívka se dívá do vody.
Vousatýatý muž se dívá na vodě.
Muž v zeleném triku se dívá.
Blonďatá dívka na lavičce.
Muž mluví před budovou.
Tři muži v kuchyni.
Muž na hlavě a dívá se na pódiu.
Dvě dívky v bazénu.
Čtyři děti sedí na lavičce.
Děti jedou ve vzduchu.
Mladý chlapec, který má na sobě má na sobě má na sobě sobě sobě sobě tričko.
Tato muž se směje.
Starší muž se směje.
Kapela leze po cestě.
Žena v červeném triku jede na kole.
Žena sedí na pláži.
Tři muži v oranžových šatech a kalhotách se baví na ulici.
Dívka hraje v bazénu.
Dvě děti v bílém triku a modrých triku se směje.
Muž skáče do vzduchu do vzduchu.
Muž v zeleném triku stojí na pláži.
Dva lidé jsou po cestě.
Starší pár v modrém tričku hraje na pódiu.
Muž s brýlemi si hraje na kytaru.
Vousousatýatý muž se směje.
Muž s batohem jde po chodníku.
Žena v bílém triku pracuje na pódiu.
Dívka v růžovém triku jede na chodníku.
Dvě dívky, kteří dívky, kteří jsou ve sněhu.
Několik žen si hrají před budovou.
Plešatý muž jde po chodníku.
Žena hraje na kytaru.
Skupina lidí hraje na pódiu.
Dívka s bílými brýlemi a tmavými brýlemi se směje.
Malé děvče na pláži.
Dva muži hrají na pódiu.
Dívka v modrém tričku stojí na sobě bílé košili a bílé košili.
Dva muži hrají před obchodem.
Několik lidí jsou venku před budovou.
Žena a černý pes si prohlíží venku.
Žena a dvě ženy jsou venku.
Skupina mužů v černých kalhotách a červených šatech na soběch kalhotách.
Muž v bílém triku hraje na pódiu.
Muž dělá trik na pódiu.
Dva muži v zeleném triku skáče do vzduchu.
Děti se snaží míč.
Člověk v modrém triku jede na pláži.
Několik dětí na poli.
Mladý muž sedí na lavičce a drží ceduli.
Žena oblečená oblečená v modrých šatech běží.
Tato pár na pódiu před obchodem.
Cyklista se snaží do vzduchu.
Dva hráči se dívají na pláži.
Muž hrají na hřišti.
Fotbalový hráč v červeném dresu se snaží do vzduchu.
Lidé jdou po ulici.
Dva lidé jsou z nich z nich jsou z nich z nich, jeden z nichžžžžžžžžžžžžžžžžžžžžžichichichich jejichichich jejich jejich jejich jejich jejichich
Basketbalista v černých šatech drží deštník.
Mladý chlapec se směje do dálky.
Žena a dítě jdou po ulici.
Cyklista hraje na pódiu.
Tři žena v trávě.
Starší chlapec si hraje na pódiu.
Muž a žena jsou v bílé bílé bílé bílé oblečení.
Muž mluví na hlavě a drží ceduli.
Mladý chlapec v zeleném triku jede na zeleném zeleném zeleném zelenémmm triku.
Starší muž v pozadí jsou v pozadí.
Žena v růžovém triku se směje.
Čtyři dívky a dvě dívky se směje.
Muž v černém triku a černých kalhotách se dívá do vzduchu.
Muž dělá trik v modrém triku.
Žena s klackem v červeném triku se směje.
Dva mladí mladí chlapci s bílými vlasy se směje.
Čtyři děti si hrají na pláži.
Muž, který má na sobě červené červeném červeném červeném červeném červeném červeném červenémmmmmm.
Skupina lidí mluví u stolu.
Dva hráči se dívají na pláži.
Skupina dětí se baví v pozadí.
Vousatý muž se svýmiiiiii brýlemi v pozadí.
Muž jde po cestě.
Chlapec a chlapec si užívá z okna.
Dva kluci si hrají v písku.
Dítě v modrém triku stojí na chodníku.
Žena mluví na lavičce.
Lidé jdou po ulici.
Cyklista se směje na pláži.
Dva muži v černých uniformách hrají na pláži.
Muž stojí u vody.
Surfař skáče do vzduchu.
Starší muž se snaží do vzduchu.
Fotbalista skáče do vzduchu.
Dva chlapci hrají fotbal.
Starší muž jde po ulici.
Skupina mužů běží po cestě.
Skateboardista jede na skateboardu.
Lidé hrají v bazénu.
Muž si užívá.
Muž mluví u stolu.
Mladý muž v modrém triku jede na ulici.
Starší muž sedí na pláži.
Několik lidí sedí na pláži.
Dva lidé jdou po cestě.
Muž v černo----------------------------------------
Dva lidé na trávě.
Malé dítě v zeleném triku se směje.
Fotbalovýový hráč běží.
Muž v černé bundě hraje na kytaru.
Muž skáče do vzduchu.
Žena v modrém tričku hraje na pódiu.
Muž hraje na kytaru.
Muž nese nese nese po chodníku.
Žena s hnědými vlasy se směje.
Starší muž na pódiu.
Dvě dívky jsou ve městě.
Malé dítě se směje.
Dva muži, jedna muži, jeden jeden jeden má na sobě sobě sobě, jeden jeden, jeden jeden, jeden, jeden jeden jeden, jeden, jeden, jeden má
Žena v červeném tričku hraje na pláži.
Malá dívka se dívá na pláži.
Žena ve žlutém triku se směje.
Dvě děti běží po cestě.
Dva muži jedou na ulici.
Dva chlapci v oranžových šatech před obchodem.
Cyklista v černém triku jede na kole.
Žena s brýlemi se směje.
Žena v černém triku a černých šatech jede na pláži.
Kapela hraje na pódiu.
Čtyři hráči v černých uniformách se snaží do vzduchu.
Cyklista se pokouší přes překážku.
Fotbalista v černých šatech na pláži.
Muž mluví na pódiu.
Kapela hraje na hřišti.
Cyklista se připravujee v parku.
Fotbalista v červeném dresu se snaží míč.
Chlapec skáče do vzduchu.
Dvě děti v černých šatech a černých šatech si hrají.
Muž, který má na skateboardu.
Malý chlapec v červeném triku drží deštník.
Několik mužů sedí u stolu.
Hnědo-bílý pes se směje.
Tato muž oblečená do vzduchu.
Muž v bílém triku a bílém triku hraje na pódiu.
Muž mluví u stolu.
Několik lidí stojí na ulici.
Asiatka v růžovém triku jede na kole.
Dvě děti si hrají fotbal.
Starší muž hraje na kytaru.
Dívka na pláži.
