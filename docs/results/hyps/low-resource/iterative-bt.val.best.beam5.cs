Skupina mužů, kteří jsou do mikrofonu.
Muž v zeleném oblečení pracuje na zeleném zeleném zelené zelené zelené zelenémmmmmm hřišti.
Chlapec v zeleném triku sedí na lavičce.
Dva muži pracují na hřišti.
Plešatý muž v červené bundě sedí na hřišti.
Žena v červeném triku drží deštník.
Hnědý pes běží po trávě.
Mladý chlapec v červeném triku se dívá do bazénu.
Muž v dělá trik.
Žena v růžovém triku stojí u plotu.
Malé dítě stojí na houpačce.
Člověk na sněhu.
Tři děti stojí u stolu.
Žena sedí u stolu.
Žena hraje na kytaru.
Tři lidé jedou na pláži.
Dítě se dívá na lavičce.
Skupina lidí stojí před budovou.
Mladá žena v dělá trik.
Tři dívky stojí na ulici.
Muž v černém triku stojí na pódiu.
Žena a muž jde po cestě.
Muž ve vzduchu.
Asiatka v zeleném triku a zeleném triku se dívá na pódiu.
Pracovníci stojí na pódiu.
Dva psi si hrají v trávě.
Dítě se dívá na houpačce.
Tři muži jdou po cestě.
Člověk skáče do vody.
Skateboardista leze po chodníku.
Mladá dívka běží v parku.
Člověk jde po ulici.
Dítě si hraje na pódiu.
Člověk v červeném triku jede na chodníku.
Skupina lidí, kteří jsou venku.
Žena sedí u stolu.
Lidé jdou po chodníku.
Muž s dlouhými vlasy se směje.
Hnědý pes nese v tlamě.
Blonďatá chlapec v modrém triku stojí před obchodem.
Mladý muž v bílém triku se směje.
Člověk v zeleném triku skáče do vzduchu.
Kapela hraje na kytaru.
Starší muž jde po chodníku.
Vousatý muž v červeném triku jede po cestě.
Mladý chlapec v červeném tričku a červených kalhotách se svými brýlemi.
Mladý chlapec skáče do vody.
Dvě ženy s dvěma vlasy a dvě ženy s dvěma lidmi.
Starší muž před obchodem.
Pes jde v tlamě.
Tři psi si hrají na hřišti.
Dva muži v zeleném oblečení pracují na pláži.
Dvě dívky jdou po ulici.
Skupina dětí sedí u stolu v parku.
Skateboardista se dívá do vzduchu.
Malé dítě se směje, zatímco se směje.
Muž v restauraci.
Muž v šedém triku a kalhotách se usmívá.
Muž v černém triku hraje na vlně.
Žena s dlouhými vlasy sedí na lavičce.
Tři ženy sedí u stolu.
Cyklista se připravujee po cestě.
Muž v zeleném triku leze po zdi.
Dva lidé sedí u stolu v parku.
Žena v černých šatech jde po chodníku.
Žena v modrém triku a modrém triku skáče do vzduchu.
Muž v modrém triku stojí na kole.
Skateboardista se dívá na pláži.
Skateboardista se připravuje jídlo.
Dva malí kluci si hrají fotbal.
Tři lidé se dívají na trhu.
Dva lidé leze po zdi.
Muž a žena na pláži.
Dítě se dívá na pláži.
Děti jedou na kole.
Dva lidé se dívají do vzduchu.
Dva muži v trávě.
Žena v černých šatech jde po chodníku.
Policista na pláži.
Muž stojí na pláži.
Skupina mladých lidí na pódiu.
Žena a dítě sedí na chodníku.
Mužii pracují u stolu.
Člověk s dlouhými vlasy na chodníku.
Malá dívka se dívá na pláži.
Mladá žena a žena si hrají na pódiu.
Žena jde po sněhu.
Starší muž v zeleném triku se dívají.
Hnědý pes v černo---------------------
Hnědý pes běží po cestě.
Dítě si čte knihu.
Starší muž v červeném triku a červeném dresu se dívá.
Malé dítě stojí u stolu.
Dítě oblečená v červeném triku se směje.
Muž oblečená v černých šatech drží deštník.
Mladá žena stojí na kytaru.
Dvě děti jsou ve vzduchu.
Muž si hrají na pódiu.
Dva muži sedí na pláži.
Mladý muž nese nese nese nese nese nese v černém triku nese.
Starší muž se směje.
Muž, který má na kytaru.
Několik lidí stojí u stolu.
Hnědobílý pes leží na travnatém hřišti.
Starší muž se připravujee v parku.
Skupina dětí si hrají ve vodě.
Žena se dívá u stolu.
Dvě ženy stojí před obchodem.
Dvě ženy mluví u stolu.
Člověk v černém triku a klobouku se dívá se do vzduchu.
Dva lidé jdou po ulici.
Starý muž drží ceduli.
Tři děti si hrají na pódiu.
Chlapec se dívá na pláži.
Surfař do vody.
Žena v černém triku se směje.
Muž sedí na kytaru.
Pes běží po vodě.
Mladá žena skáče ve vzduchu.
Tři muži hraje na pódiu.
Čtyři lidé jsou venku.
Muž pracuje na pódiu.
Muž v červeném triku se směje.
Mladý chlapec v červeném triku se směje.
Malé dítě sedí u stolu.
Jedennn a muž, který má na ulici.
Dva kluci běží sněhem.
Malá dívka si hraje na houpačce.
Muž v bílém triku na hřišti.
Cyklista jsou venku před obchodem.
Lidé pracují na pláži.
Několik lidí ve vodě.
Žena v trávě.
Muž a žena sedí u stolu.
Matka a dvě děti jsou venku.
Starší muž v červeném triku jede na vodě.
Čtyři muži stojí u plotu.
Skupina mužů, který má na pláži.
Malý chlapec v bílém triku se dívá na pódiu.
Malá dívka s růžovými vlasy se směje.
Pes běží na pláži.
Muž v červeném triku stojí před budovou.
Muž se dívá na lavičce.
Kapela hraje na pláži.
Dvě ženy se dívají na pódiu.
Žena v zeleném triku se směje.
Dítě sedí na pláži.
Muž sedí na lavičce.
Policista v dělá trik.
Starší muž v červeném oblečení jede po cestě.
Černý pes skáče do vody.
Kapela hraje na pódiu.
Je lidé si hrají na pódiu.
Muž hraje na kytaru.
Mladý chlapec skáče do vody.
Žena sedí u stolu a drží deštník.
Starší muž pracují na pódiu.
Muž sedí na pláži.
Blonďatá žena v modrém triku se směje.
Dva muži stojí u stolu.
Mladý muž mluví do mikrofonu.
Vousatýatý muž v černém triku se směje.
Skateboardista ve vzduchu.
Skupina lidí hraje na pódiu.
Tři psi si hrají ve sněhu.
Muž a žena stojí vedle zdi.
Pes skáče do vzduchu.
Starší žena v červeném triku a červených šatech se dívá na pódiu.
Žena v oranžových šatech stojí před budovou.
Žena nese nese na hlavě.
Dítě stojí u stolu a drží dítě.
Muž s dlouhými vlasy se směje.
Muž se dívá u stolu.
Skupina lidí jsou ve vodě.
Muž v modrém triku stojí na chodníku.
Žena v modrém triku a modrém triku se dívá na kole.
Žena v oranžových šatech a bílých šatech si užívá.
Člověk leží na pláži.
Muž v modrém triku sedí u stolu.
Starší muž se pokouší z okna.
Muž si hraje na kytaru.
Basketbalista v červeném oblečení mluví.
Dvě dívky sedí na zdi.
Muž na kole se dívá na skateboardu.
Tato tým tým v červených červených šatech a červených červených červených červených červených červených šatech.
Chlapec v černém triku leží na pláži.
Starší muž jsou z okna.
Muž v zeleném triku jede po cestě.
Pět mužů hraje na pódiu.
Tři ženy sedí u stolu a povídají.
Muž a chlapec sedí u stolu.
Muž s modrými brýlemi se směje.
Pes běží po trávě.
Dívka s klackem na pláži.
Dva muži, kteří jsou na sobě má na sobě sobě modrou.
Dívka v červeném triku a červeném triku se dívá se do vzduchu.
Muž bez trička pracuje s brýlemi.
Hnědý pes běží na pláži.
Člověk ve vodě.
Muž v červeném triku a červených kalhotách sedí na pódiu.
Muž dělá trik.
Dva muži v parku.
Muž a chlapec si hraje na pláži.
Muž se dívá v pozadí.
Tato muž v bílém triku se směje.
Žena v černých kalhotách a černých kalhotách mluví.
Batole v parku hraje na kytaru.
Dav lidí stojí před budovou.
Skupina lidí jde po cestě.
Blonďatá žena v modrém triku a černých kalhotách se směje.
Muž si užívá u stolu.
Muž se dívá na pláži.
Starší muž a užívá na pódiu.
Dva muži jsou venku.
Muž pracuje na pláži.
Starší muž v oranžových vestách pracují na chodníku.
Kapela hraje na chodníku.
Muž v zeleném oblečení se dívá na dráze.
Mladá dívka oblečená oblečená v poli.
Hnědý pes běží po vodě.
Muž a žena jde po ulici.
Muž se svýmii brýlemi v parku.
Dvě děti si hrají ve sněhu.
Je lidé jsou ve vzduchu.
Žena a chlapec se směje.
Skupina lidí stojí na pláži.
Mladá dívka v bazénu.
Chlapec s dlouhými vlasy se dívá na houpačce.
Malá dívka stojí u stolu.
Malá dívka drží deštník.
Mnoho lidí se dívá na kole.
Hnědý pes skáče do vody.
Pes běží v tlamě.
Skupina lidí, kteří se usmívá a dívá se se do vzduchu.
Dítě v červeném triku jede na kole.
Cyklista se snaží do vzduchu.
Chlapec sedí u stolu v parku.
Dvě děti sedí na pláži.
Muž mluví na lavičce.
Starý muž jde po chodníku.
Vousatý muž a žena stojí u stolu.
Mladý chlapec skáče do vzduchu.
Malé dítě se směje.
Muž mluví před obchodem.
Pracovníci jsou v parku.
Žena v modrém triku hraje na kytaru.
Tato mladýchchch lidí v parku.
Muž sedí ve vodě.
Pán se směje.
Čtyři lidé se dívají na ulici.
Mnoho lidí v parku.
Chlapec jede na skateboardu.
Muž na pláži.
Hnědý pes nese psa.
Muž v bílém triku drží ruce.
Cyklista jde po cestě.
Černý pes stojí v trávě.
Několik lidí s modrými brýlemi na vodě.
Skateboardista jede po cestě.
Tři lidé sedí u stolu.
Bílý muž a žena jde po ulici.
Muž v bílém triku jede na ulici.
Hnědý pes a černý pes a černý pes a černý pes se psem.
Muž v červeném triku a modrých kalhotách se usmívá se.
Dva kluci si hrají fotbal.
Dva muži, kteří jsou ve vzduchu.
Chlapec jede na houpačce.
Černý muž hraje na vodě.
Člověk spravujeee na kole.
Starší muž a mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch mužů
Dav stojí před budovou.
Tři ženy v černém sedí na ulici.
Muž v bílém triku hraje na pódiu.
Člověk s růžovými vlasy se dívá na pláži.
Muž se dívá na chodníku.
Muž v černém triku a černém triku drží deštník.
Muž se směje, který má na sobě sobě sobě má na sobě sobě sobě sobě tričko.
Jedennnn jde.
Mladá dívka se směje.
Malé dítě oblečená v růžovém triku se směje.
Starší žena s dlouhými vlasy se směje.
Fotbalista v zeleném triku běží po poli.
Dívka se směje.
Několik dětí sedí na pódiu.
Starší muž stojí u stolu.
Pes skáče do vzduchu.
Muž v šedém triku hraje na pódiu.
Černý pes skáče do vody.
Dva psi běží po cestě.
Čtyři lidé stojí u stolu.
Lidé jsou v parku.
Čtyři psi si hrají na pláži.
Muž mluví do mikrofonu do mikrofonu.
Skupina lidí hraje na pódiu.
Starší pár v bazénu.
Žena s bílými vlasy a tmavými vlasy na lavičce.
Jedenn muž se směje.
Dívka v bílém triku hraje na pódiu.
Kluk a dívky se dívá na hřišti.
Dítě v růžovém triku skáče do vzduchu.
Kluk na skateboardu.
Muž bez trička pracuje s nápisem "em.
Batole sedí u stolu u stolu.
Čtyři děti jde po cestě.
Muž s brýlemi se směje.
Starší muž sedí na chodníku.
Pes v trávě.
Žena a dítě si hraje na kytaru.
Dvě děti sedí na pódiu.
Malý pes a hnědý pes se usmívá.
Dva muži jdou po chodníku.
Dva muži se dívají na trhu.
Dva žena se dívá na pláži.
Blondýna v šedém triku se směje.
Bílý pes běží po trávě.
Matka čte knihu.
Dvě malé dívky jdou po cestě.
Dlouholouholouholouholouholouholouholouholouhovlasý muž se směje.
Žena se připravujee na chodníku.
Dvě ženy s batohem jde po ulici.
Čtyři ženy oblečená v černých šatech.
Tato žena v oranžových šatech a bílých šatech pracují na ulici.
Dívka v černém triku hraje na pláži.
Muž s bílými brýlemi a vlasy se směje.
Tři děti si hrají na pláži.
Žena leží na pódiu.
Člověk nese nese po chodníku.
Dítě si hraje na pódiu.
Chlapec stojí u stolu v pozadí.
Tato dítě v parku.
Muž skáče ve vodě.
Děti jsou venku před budovou.
Muži sedí na trávě.
Žena a dvě děti se dívá na pláži.
Pán jde po ulici.
Muž na kole ve vzduchu.
Muž v modré bundě stojí na ulici.
Žena v modrém triku a džínech jde po chodníku.
Dvě ženy se dívají na pódiu.
Dva psi běží v trávě.
lidé oblečená oblečená v oranžových šatech a modrých šatech.
Skupina lidí sedí u stolu.
Žena v černém triku se připravuje po ulici.
Cyklista sedí u stolu a jí u stolu.
Muž a žena na ulici.
Dva psi běží ve sněhu.
Malý pes skáče na ulici.
Muž v černém triku hraje na kytaru.
Chlapec a chlapec a muž se směje.
Dívka v bílém triku hraje na kytaru.
Dva muži stojí na ulici.
Chlapec v červeném triku a drží deštník.
Člověk jede na pláži.
Dvě ženy v oranžových šatech sedí u stolu.
Pes běží sněhem.
Skupina lidí před budovou.
Hnědý pes a černý pes na ulici.
Dvě dívky se směje.
Matka a žena se dívá se se se se dívá se se dívá.
Muž v černém triku se směje.
Žena v černém triku hraje na kytaru.
Snowboardista skáče do vzduchu.
Několik lidí stojí u stolu.
Muž v šedém triku hraje.
Muž připravuje jídlo.
Žena v černo-----------------------------------------
Jedennnnn muž v oranžových uniformách.
Dva muži v červeném oblečení hraje na pódiu.
Malé dítě jede na pláži.
Dítě v černé bundě a černých kalhotách běží po cestě.
Dítě sedí na lavičce.
Dva muži v restauraci.
Dva chlapci v parku.
Dlouhovlasá žena oblečená v černých šatech.
Dva muži pracují na pódiu.
Žena nese nese po chodníku.
Cyklista ve vzduchu.
Mladý muž v zeleném triku na pláži.
Muž v zelené bundě se dívá.
Muž leze na zdi.
Mladý muž jede po ulici.
Dva psi běží na trávě.
Člověk v červeném triku jde před budovou.
Starší žena sedí u stolu.
Dva chlapci se směje, zatímco drží ruce.
Muž v zeleném triku se dívá do vzduchu.
Dítě s dlouhými vlasy drží deštník.
Muž s vousy v parku.
Kapela hraje na kytaru.
Skupina mladých mladých mužů jde v parku.
Muž jde po chodníku.
Tři psi si hrají ve sněhu.
Pes běží po vodě.
Skupina dětí sedí u stolu u stolu.
Pes jede na pláži.
Skupina dětí hraje fotbal.
Skupina mužů sedí u stolu u stolu.
Žena oblečená v zeleném triku se směje.
Mladí lidé jsou v parku.
Kapela hraje na hřišti.
Žena a dvě ženy se dívá se na houpačce.
Skupina lidí běží po cestě.
Dvě ženy stojí ve sněhu.
Lidé stojí u stolu a jeden stojí před budovou.
Mladý chlapec se dívá na pláži.
Dvě mladé dívky si hrají na pódiu.
Žena jede na pláži.
Muž s brýlemi se dívá na houpačce.
Starší muž s lidmi na ulici.
Dva muži v uniformách stojí u stolu.
Malý pes běží na trávě.
Kapela hraje na ulici.
Snowboardista na kole.
Asiatka v bílých šatech jde po chodníku.
Žena v modrém triku jede na kole.
Žena v bílém dresu skáče do vzduchu.
Mladá žena v oranžových šatech se směje.
Dlouholouholouhovlasá žena stojí u stolu.
Žena drží svého psa a černý černých psa.
Chlapec v červeném triku hraje na pódiu.
Mladý chlapec se dívá na houpačce.
Tři ženy v oranžových vestách pracují na pódiu.
Bílý pes skáče přes překážku.
Starší pár v parku.
Děti ve vodě.
Velký hnědý pes skáče do vzduchu.
Skupina lidí v modrém oblečení pracují na pódiu.
Cyklista v modrém triku a modrých kalhotách se směje.
Dvě malé malé malé malé dívky v modrých šatech.
Malá dívka v růžovém triku se směje.
Dva lidé běží na pláži.
Skupina žen, kteří jsou v parku.
Cyklista ve sněhu.
Několik lidí jde po cestě.
Žena stojí na zdi.
Žena v bílém triku a černých kalhotách se houpe na pláži.
Člověk jede na kole.
Malá dívka sedí na chodníku.
Dva hráči si hrají na pódiu.
Chlapec v červeném tričku hraje na kytaru.
Kluk na kole.
Starý muž v černé bundě se dívá na pláži.
Muž v červeném triku jde po ulici.
Žena se dívá do vzduchu.
Mladá dívka v černém triku jde po chodníku.
Černý pes skáče do vzduchu.
Chlapec v modrém dresu hraje na hřišti.
Kapela se připravujee na skateboardu.
Muž běží po cestě.
Chlapec s klackem v parku.
Malý pes běží po chodníku.
Dvě děti jsou do dálky.
Skupina mužů, kteří jsou na pódiu.
Černý pes hraje na hřišti.
Několik lidí si užívá.
Bílý pes skáče do vody.
Muž dělá trik na pódiu.
Malá dívka v červených šatech hraje na pódiu.
Muž se připravujee z okna.
Skupina mladých lidí na pláži.
Žena drží ceduli.
Skateboardista předvádí trik na kole.
Muž v šedém triku pracuje na skateboardu.
Tři muži jdou po chodníku.
Mladá dívka stojí v trávě.
Chlapec v zeleném triku a modrých šatech se dívá do bazénu.
Muž a žena hraje na kytaru.
Mladá dívka v černých šatech a černých šatech běží po trávě.
Žena s dlouhými vlasy a žena v parku.
Lidé jsou venku u stolu.
Muž se připravuje po cestě.
Muž v bílém triku hraje na kytaru.
Skupina lidí hraje na pódiu.
Skateboardista jede po cestě.
Skupina lidí mluví u stolu.
Vousatýatý muž v černém triku se směje.
Chlapec se dívá do bazénu.
Člověk jede na pláži.
Starší muž se směje.
Chlapec a muž oblečená oblečená v písku.
Mladá dívka a dívka si hraje před obchodem.
Muž v modrém triku jede na kole.
Člověk jede po cestě.
Skateboardista stojí u stolu.
Dva kluci jdou po ulici.
Skupina mladých lidí se baví.
Dva lidé si hrají ve vodě.
Jesta na ulici.
Jedennnnn se dívá na skateboardu.
Žena stojí na ulici.
Dívka v červeném tričku a modrých kalhotách se usmívá.
Žena se směje, zatímco se směje.
Muž dělá trik na pláži.
Muž v modrém triku jede na kole.
Malé dítě si hraje ve vodě.
Čtyři děti si hrají na pódiu.
Muž drží ceduli.
Žena s dvěma vlasy se směje.
Několik mužů si užívá.
Dvě dívky sedí na pláži.
Žena leží na kole.
Dav lidí si hraje u stolu.
Chlapec v bílém triku hraje na pódiu.
Mladá dívka stojí na houpačce.
Muž se dívá do mikrofonu.
Muž s brýlemi drží ceduli.
Muž v černo--------vlasá žena v černém triku a černých kalhotách.
Muž na trávě.
Muž dělá trik na pódiu.
Černý pes běží po trávě.
Skateboardista jede na skateboardu.
Je žena jede po cestě.
Černý pes skáče do vody.
Jeden v černé bundě hraje na kytaru.
Muž oblečená v zeleném triku jede na lavičce.
Starší muž sedí u stolu u stolu.
Tři muži v oranžových vestách pracují u stolu.
Starší pes stojí na chodníku.
Muž jede na kole po cestě.
Muž s bílými brýlemi na pláži.
Lidé na chodníku před budovou.
Pes skáče na sobě ve vzduchu.
Muž, který má na sobě má na pláži.
Dva muži na pláži.
Muž stojí na chodníku.
Starší muž sedí na ulici.
Dva lidé s batohem jde po chodníku.
Malá dívka s číslem běží po cestě.
Starší muž venku venku.
Dvě malé malé děti stojí u stolu.
Lidé jsou do mikrofonu.
Dva psi si hrají na hřišti.
Žena v modrém triku jede na kole.
Černý pes skáče do vody.
Tři muži v modrém triku jede na hřišti.
Muž se dívá na pláži.
Muž v modrém triku se směje.
Muži se směje, zatímco muž v kuchyni.
Mnoho lidí stojí venku venku u stolu.
Žena si užívá v parku.
Tři lidé jsou u stolu.
Tři muži stojí u stolu.
Muž stojí u stolu.
Muž v červeném triku stojí před obchodem.
Muž se dívá na pláži.
Dva lidé jedou po cestě.
Mladá dívka nese nese nese nese nese nese nese nese nese nese nese nese nese nese nese nese
Dítě se dívá na pláži.
Skupina lidí hraje na pódiu.
Muž v bílém triku a bílém triku se dívá na pláži.
Dva chlapci se usmívají na pláži.
Starý muž oblečená v černých šatech stojí na chodníku.
Tři lidé stojí na pláži.
Muž ve žlutém triku stojí před budovou.
Dítě se dívá do dálky.
Dvě ženy v černých šatech a červených šatech stojí na pódiu.
Skateboardista jede na skateboardu.
Černý pes skáče ve sněhu.
Muž se dívá na pláži.
Žena v modrém triku se usmívá.
Lidé pracují na ulici.
Dvě mladé dívky si hrají fotbal.
Žena v písku.
Muž s dlouhými vlasy hraje na kytaru.
Žena s tmavými vlasy se směje.
Mladý chlapec se dívá na pláži.
Dva muži v oranžových vestách stojí u stolu.
Pes se psem.
Starší muž v parku.
Muž leží na pláži.
Mladá dívka se směje.
Žena s hnědými vlasy, která má na sobě sobě sobě sobě červené tričko.
Muž nese po cestě.
Dva psi si hrají ve sněhu.
Starší žena se směje.
Dva hráči se pokouší z okna.
Starší muž v parku.
Skupina lidí v oranžových šatech hraje na pódiu.
Dvě děti jsou na pláži.
Mladý muž v černém tričku hraje na kytaru.
Člověk oblečená oblečená ve žlutém žlutém triku ve sněhu.
Starší muž sedí na chodníku.
Dav lidí si hraje na pódiu.
Cyklista na sněhu.
Skupina mladýchchch lidí v parku.
Cyklista v černém triku se směje.
Chlapec se směje.
Starší muž se směje.
Starší muž dělá trik na pódiu.
Starší muž v modrém triku a modrých kalhotách se dívají na pódiu.
Dva muži v oranžových vestách s dvěma lidmi.
Muž a ženy jsou venku.
Děti si užívá v parku.
Muž hraje na kytaru.
Kapela hraje na pláži.
Starší žena v modrém triku sedí na chodníku.
Skateboardista v černém triku a černém triku se směje.
Starší pár v bílém triku si užívá na pódiu.
Starší muž v černé bundě, který má na sobě černé bundě.
Dívka ve vzduchu.
Starší muž pracuje na pódiu.
Muž v modrém triku pracuje na pláži.
Tato mladýchchchch mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchch lidí
Dva lidé hrají fotbal.
Několik dětí si hraje na pódiu.
Mladá dívka hraje do mikrofonu.
Muž hraje na kytaru.
Muž se dívá na pláži.
Starší muž jde po cestě.
Skupina lidí v černých kalhotách hraje na pódiu.
Žena v červené bundě se usmívá.
Skupina lidí běží v pozadí.
Žena a žena si hraje na pódiu.
Černý muž v černém oblečení pracují na pláži.
Mladá dívka jde po cestě.
Muž v šedém triku mluví do mikrofonu.
Dvě děti si hrají na pódiu.
Cyklista se usmívá a dívá se na houpačce.
Kapela hraje na pódiu.
Muž a žena sedí na lavičce.
Muž v šedém oblečení hraje na ulici.
Několik lidí mluví u stolu.
Skupina lidí hraje na ulici.
Tato muž se připravuje po ulici.
Dvě děti si hrají na pódiu.
Muž sedí na pódiu před obchodem.
Muž jde po ulici.
Muž v bílém triku a černých kalhotách na ulici.
Žena v zeleném triku stojí u stolu.
Starší žena, která má na sobě sobě sobě má na sobě sobě sobě sobě červené košili a usmívá.
Lidé jdou po chodníku.
Muž a žena na pláži.
Dva lidé se dívají na pódiu.
Muž s modrými brýlemi sedí na cestě.
Dva muži sedí u stolu.
Žena v modré bundě jede po chodníku.
Muž v černém triku mluví na ulici.
Chlapec v zeleném triku jede na kole.
Malá dívka se směje.
Mladý muž se směje, zatímco stojí u stolu.
Starý muž sedí u stolu v parku.
Starší muž v klobouku stojí vedle zdi.
Tři muži mluví na ulici.
Černý muž jsou v parku.
Muž a děti jsou po ulici.
Muž v oranžových šatech a kalhotách se usmívá na ulici.
Skupina lidí hraje na pódiu.
Pes skáče do vzduchu.
Několik lidí stojí na pódiu.
Tři děti jsou v parku.
Dva lidé stojí před budovou.
Starší žena se směje.
Basketbalista skáče před obchodem.
Dvě ženy v modrých šatech a černých šatech sedí u stolu.
Dva muži jsou venku venku.
Muž v modrém triku drží ceduli.
Žena v zeleném triku jde po ulici.
Dvě ženy sedí v restauraci.
Dav lidí mluví na pláži.
Mladý chlapec nese a černý černý černýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch mužů nese nese
Muž, kteříří jsou venku a jeden se dívají.
Muž v černém triku a černých kalhotách mluví.
Dva lidé sedí na lavičce.
Postarší muž drží dítě, zatímco drží dítě.
Muž jde po ulici.
Muž drží ceduli.
Dva muži stojí na zdi.
Dívka s brýlemi stojí u stolu a usmívá.
Člověk stojí u stolu.
Mladá žena se směje.
Starší muž stojí u jezera.
Muž sedí na ulici.
Vousatý hráč hráč hráč hráč hráč hráč hráč.
Muž drží ceduli.
Muž v oranžových brýlích stojí před obchodem.
Tři ženy a žena v červených šatech se baví před obchodem.
Několik mužů oblečená v bílé oblečení a černých šatech.
Blondýna v modrém triku jede na kole.
Žena sedí na lavičce.
Skupina lidí sedí u stolu.
Malá dívka běží po ulici.
Žena a dvě děti jsou po ulici.
Žena v oranžových šatech si užívá.
Žena se směje.
Žena se dívá na trhu.
Vousatý muž se směje.
Muž v černém triku mluví do mikrofonu.
Dva mladí muži v modrém oblečení a bílých šatech jdou po ulici.
Dvě dívky si hrají na pódiu.
Starší žena se usmívá před budovou.
Muž a žena jdou po vodě.
Tři ženy běží na pláži.
Miminko sedí na lavičce.
Dva muži se dívají na pláži.
Starší muž nese nese nese nese nese nese nese nese nese nese nese nese nese nese
Muž v černém triku a černých kalhotách se směje.
Starší muž drží ulici.
Vousatý muž a žena se dívají na pódiu.
Muž se směje.
Muž v bílém triku a černých kalhotách drží ceduli.
Muž jde po ulici.
Muž v černém triku drží deštník.
Starší muž sedí u stolu.
Muž a žena v černém stojí na ulici.
Lidé pracují u stolu.
Dívka a dívka sedí na lavičce.
Muž v červeném triku se dívá na pláži.
Je žena oblečená oblečená v červených šatech a černých šatech stojí na pódiu.
Cyklista jede na kole ve vzduchu.
Dvě ženy v černých šatech a černých šatech na ulici.
Starší muž v černém triku jde po chodníku.
Starší muž stojí v černém triku.
Dva muži sedí u stolu.
Žena v červených šatech stojí u stolu.
Žena nese v parku.
Žena v černých šatech a černých šatech jde po ulici.
Starší muž v oranžových vestách pracují na pódiu.
Lidé se dívají na trhu.
Kapela hraje na ulici.
Dívka s dlouhými vlasy sedí na cestě.
Muž v šedém triku se dívá.
Žena se směje.
Muž v modré bundě jde po ulici.
Žena v růžovém triku v růžovém triku se směje.
Člověk s dlouhými vlasy stojí u stolu.
Skupina mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch mužů
Muž v bílém triku hraje na ulici.
Skupina lidí jde po cestě.
Dva lidé v oranžových vestách sedí u stolu.
Černý muž v černém triku sedí u stolu.
Muž se připravuje jídlo.
Muž v oranžových kalhotách a kalhotách se baví na pódiu.
Muž se směje na pláži.
Pět mužů v bílé oblečení stojí u stolu.
Dva chlapci ve vodě.
Skupina lidí se připravuje jídlo.
Lidé na ulici.
Dvě dívky a dvě dívky se směje.
Žena v černých šatech drží deštník.
Mladá žena v plavkách hraje na pódiu.
Muž a žena se dívá se za ní.
Čtyři muži oblečená do objektivu.
Několik mužů stojí na ulici.
Starší muž sedí před obchodem.
Starší muž dělá trik na skateboardu.
Muž v červeném triku jde po chodníku.
Dva muži v oranžových vestách, kteří muži v oranžových vestách.
Žena v bílém triku a černých kalhotách si hraje na pódiu.
Člověk jede po cestě.
Žena v modrém triku a džínech jde po chodníku.
Muž v dělá trik.
Starší žena v černých šatech sedí u stolu.
Muž na chodníku, který má na chodníku.
Dva muži, jedna muži, jeden z nich z nich se dívají.
Muž a žena na ulici.
Mnoho lidí v černých šatech stojí u stolu.
Mnoho lidí se dívá na zemi.
Pár sedí u stolu a žena v pozadí.
Dvě ženy v černých šatech jde po chodníku.
Skupina dětí si hraje ve vodě.
Lidé jsou na pláži.
Plešatý muž v červeném triku stojí před budovou.
Chlapec s bílými brýlemi stojí na pláži.
Pán a dvě dívky se dívá na pláži.
Lidé v parku.
Skateboardista předvádí trik ve vzduchu.
Žena stojí u stolu.
Pár jde po chodníku.
Muž s dlouhými vlasy sedí na lavičce.
Muž skáče do vzduchu.
Muž se dívá na pláži.
Muž v černém triku a černých kalhotách sedí na pódiu.
Chlapec v černých šatech jde po chodníku.
Mladá žena s tmavými vlasy drží deštník.
Muž drží dítě, který má na hlavě.
Mladý muž se připravuje míč.
Dívka sedí na lavičce.
Dívka v černo----------------------------------------------
Chlapec a dívka se dívá do vzduchu.
Muž a žena jdou po ulici.
Žena v šedém triku se směje.
Starší muž v dělá trik.
Starší žena sedí u stolu.
Muž mluví v parku.
Cyklista jde po cestě.
Mladá žena s dlouhými vlasy a tmavými vlasy se směje.
Člověk leží na vodě.
Mladý muž jde na pláži.
Skupina lidí se baví na pódiu.
Vousatý muž v oranžových uniformách, který muž v kuchyni.
Dítě na kole.
Dva muži se dívají na lodi.
Muž v zeleném oblečení sedí u jezera.
Lidé pracují na ulici před budovou.
Muž v šedém triku se směje.
Muž v bílém triku a bílém triku si hrají.
Žena v černém triku se dívá do bazénu.
Mladá žena v červeném triku se dívá do vzduchu.
Starší muž stojí na pódiu.
Malé dítě sedí na pláži.
Děti jsou v oranžových šatech.
Muž a žena drží ceduli.
Žena pracuje na pláži.
Starší muž v modrém triku sedí na ulici.
Žena se směje.
Starší muž v modrém triku a černých kalhotách se směje.
Muž se směje na chodníku.
Dvě ženy sedí před obchodem.
Muž v bílém triku sedí na lavičce.
Starší muž s modrými brýlemi na ulici.
Muž sedí na pláži.
Starší muž sedí na lavičce před obchodem.
Muž na kole v černé bundě.
Chlapec s dlouhými vlasy stojí v pozadí.
Dva muži jde po cestě.
Matka v modrém triku a modrých šatech se směje.
Dva psi si hrají fotbal.
Muž v modrém triku sedí na kole.
Muž se dívá na chodníku před budovou.
Muži sedí u stolu u stolu.
Blondýna v modrém triku sedí u stolu.
Muž v černém triku a černých kalhotách se dívá do vzduchu.
Lidé hrají na pódiu.
Čtyři muži, jeden z nich z nich se směje.
Jedennn jde po ulici.
Starší muž ve vzduchu.
Člověk sedí na lavičce před obchodem.
Muž se připravuje jídlo.
Tři muži v bílé oblečení do vzduchu.
Cyklista se dívá do vzduchu.
Skateboardista připravuje jídlo.
Žena v černém triku stojí u stolu.
Muž mluví do vzduchu.
Několik lidí se dívá na chodníku.
Dvě dívky si hrají fotbal.
Starší muž se usmívá do vody.
Několik lidí v oranžových uniformách pracují na kole.
Dva mladí mladí mladí mladí chlapci s dvěma lidmi.
Žena se dívá na pódiu.
Dva muži v modrém oblečení pracují na kole.
Muž a žena se opírá na chodníku.
Starší muž v červeném triku jede na kole.
Muž a žena si hraje na pódiu.
Skupina mladých lidí se připravuje z okna.
Dva chlapci jde po ulici.
Žena v šedém oblečení se dívá na trhu.
Žena v modrém triku stojí u stolu a dívá se se se dívá.
Jedenn v modrém triku mluví před obchodem.
Muž si užívá ve vodě.
Malé dítě v modrém triku skáče do vzduchu.
Malé dítě v růžovém triku a růžovém triku se směje.
Dvě děti na pláži.
Dva lidé mluví u stolu.
Žena pracuje na pódiu.
Děti se pokouší míč.
Dvě děti skáče u stolu.
Dva psi běží na hřišti.
Cyklista hraje na pódiu.
Starší lidé jsou ulicí.
Skupina lidí jsou ve městě.
Žena do vzduchu.
Malá dívka v růžovém triku se směje.
Vousatýatý muž se směje.
Cyklista se dívá na pláži.
Tři dívky jede na pláži.
Starší žena se směje.
Starší muž v parku.
Muž se dívá na pláži.
Žena zpívá do mikrofonu.
Muž, který má na sobě dělá trik.
Skateboardista se směje.
Několik lidí stojí u stolu.
Cyklista se připravujee na pódiu.
Žena v modrém triku a modrém triku se dívá se na hlavě.
Starý muž jde po ulici.
Muž s dlouhými vlasy sedí na ulici.
Muž pracuje u stolu.
Muž v červeném triku a modrých kalhotách se dívá do vzduchu.
Muž stojí u stolu.
Fotbalovýovýový tým s bílými brýlemi, který má na sobě červené tričko.
Muž v šedém oblečení je venku.
Muž v zeleném triku pracuje.
Muž se připravujee po cestě.
Dvě ženy se dívá na pódiu.
Muž a žena se dívá na lavičce.
Muž a žena sedí na pódiu před obchodem.
Vousatýatý muž mluví do mikrofonu.
Dvě dívky pracují u stolu.
Muž běží sněhem.
Snowboardista v červeném dresu skáče do vzduchu.
Muž se dívá na pódiu.
Vousatý muž v bundě sedí u stolu.
Muž na kole v bazénu.
Muž s vousy v parku.
Malé dítě se směje.
Muž a žena pracují na kole.
Mladý chlapec v zeleném triku a černých kalhotách se usmívá.
Muž v šedém triku pracuje na pódiu.
Žena stojí u stolu a usmívá se se se.
Někdo v černých šatech sedí u stolu.
Mladý chlapec skáče na hřišti.
Muž v zeleném triku a zeleném triku se dívá do vzduchu.
Mladý muž se připravuje míč.
Cyklista se připravuje po cestě.
Dva muži v červených uniformách, jeden jsou jedna muži v červeném oblečení, zatímco dva muži, jedna muži v červeném dresu, jeden se dívají.
Skupina dětí si hraje na pódiu.
Muž stojí na lavičce a drží ceduli.
Muž s bílými vlasy se směje.
Žena se směje.
Dva lyžaři závodí.
Jedenn stojí na chodníku.
Muž s batohem jde po cestě.
Několikchchchchchchchchchchchchchchchchchchchchchchchchchchchch dětí v
Dva lidé jsou ve městě.
Tři muži pracují na hřišti.
Černý muž v černém triku a černých kalhotách se směje.
Jedenn muž v oranžových brýlích sedí u stolu.
Starší muž stojí na chodníku.
Mladý chlapec v červeném triku sedí u stolu.
Chlapec v červeném triku skáče do vzduchu.
Několik mužů v restauraci.
Dva kluci se dívají na pódiu.
Děti hrají na hřišti.
Žena hraje na kytaru.
Lidé jsou v parku.
Skupina lidí v černém triku hraje na pódiu.
Starší muž hraje na kytaru.
Muž se připravujee v modrém triku.
Chlapec skáče do vzduchu.
Miminko v růžovém triku stojí na houpačce.
Několik lidí si hrají u stolu.
Vousatý muž a muž se směje.
Mladý muž se směje na zdi.
Lidé na pláži.
Dva muži v oranžových oblecích na pódiu.
Chlapec a chlapec, kteří jsou venku.
Skupina mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch lidí
Člověk oblečená ve sněhu.
Muž leze na pódiu před obchodem.
Starší muž sedí u stolu u stolu.
Muž, který má na kytaru.
Malá dívka hraje na pódiu.
Muž v modrém triku skáče do vzduchu.
Skupina mladýchch mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch lidí
Mladý chlapec v zeleném zeleném triku se svými brýlemi.
Malá dívka v černých šatech se směje.
Muž na vodě.
Starší pár si hraje na pódiu.
Dítě se směje.
Fotbalista si hrají fotbal.
Mladá žena a dvě děti si prohlíží na pláži.
Chlapec v zeleném triku si hraje na hřišti.
Muž v červeném triku a černých kalhotách nese nese po cestě.
Skateboardista a muž si užívá v parku.
Tři muži v oranžových vestách pracují na hřišti.
Dva muži pracují na pláži.
Surfař se dívá do vzduchu.
Skupina mladýchch mladýchchchchchchchchchchchchchchchchchchchchchchch lidí
Muž skáče do vzduchu.
Mladý chlapec a dívka se směje, zatímco drží deštník.
Dva muži na hřišti.
Cyklista ve žlutém triku jede na skateboardu.
Dvě ženy jsou ve sněhu.
Dva muži na dráze.
Dva muži hrají na hřišti.
Muž v bílém triku jede na skateboardu.
Skupina mužů v parku.
Muž a žena se dívá na houpačce.
Cyklista skáče do vody.
Skupina lidí jde po cestě.
Muž drží ceduli.
Jedenn muž hraje na kytaru.
Čtyři děti si hrají.
Skupina mladýchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchchch lidí
Skateboardista jede po cestě.
Tři psi si hrají ve vodě.
Muž hraje fotbal.
Skupina dětí hraje na pódiu.
Muž a žena si prohlíží jídlo.
Skateboardista jede na kole.
Skupina mladých dětí si užívá.
Skupina lidí v černo-------------------------------------
Muž v bílém triku hraje na kytaru.
Muž s brýlemi na kole.
Muž a jsou do vzduchu.
Malý chlapec dělá trik v parku.
Dva lyžaři jedou na dráze.
Dívka se dívá na pláži.
Starší muž se směje na pláži.
Dva lidé se dívají na pláži.
Dva lidé jdou po ulici.
Starší muž v černém triku se dívá do vzduchu.
Dva muži v černých kalhotách a černých kalhotách si hrají na pódiu.
Dva muži, kteří, kteří jsou jeden jeden jeden jeden má na sobě, zatímco dva muži, jeden jeden jeden jeden jeden jeden se dívají.
Surfař skáče do vzduchu do vzduchu.
Tři lidé běží po cestě.
Starší pár si hraje fotbal.
Několik mužů stojí u stolu.
Dvě děti v parku.
Tři děti stojí u stolu.
Skupina lidí běží po cestě.
Dvě ženy jdou po pláži.
Chlapec sedí na pláži.
Žena stojí na pláži.
Žena stojí na chodníku.
Skupina mladých dětí se baví.
Dva lidé stojí u stolu.
Člověk v modrém triku a modrých kalhotách se svýmiii brýlemi.
Kapela hraje na pódiu.
Vousatý muž dělá jídlo.
Skupina lidí stojí venku venku u stolu.
Starší žena se dívá na hlavě a dívá se se se dívá.
Dva muži stojí u stolu.
Dvě ženy, který má na sobě sobě sobě má na sobě sobě sobě sobě sobě bílé košili.
