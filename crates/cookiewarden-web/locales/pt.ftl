# Textos das páginas servidas pelo cookiewarden, em português. Cada mensagem existe também em
# en.ftl; um teste unitário mantém os dois ficheiros alinhados.

language-name = Português
language-label = Idioma
language-submit = Mudar de idioma

index-title = Sites geridos por esta plataforma
index-intro = Cada site abaixo publica os cookies que instala, para que servem e durante quanto tempo ficam guardados.
index-policy-link = Política de cookies
index-platform = Os cookies desta plataforma

policy-title = Política de cookies de { $site }
policy-why-heading = Por que razão { $site } utiliza cookies
policy-why = { $site } precisa de alguns cookies para funcionar como espera. Com o seu consentimento, pode utilizar outros para medir a audiência do site ou mostrar conteúdos de outros serviços. Esta página enumera todos os cookies declarados: para que servem, quem os instala e durante quanto tempo ficam no seu navegador.
policy-what-heading = O que é um cookie?
policy-what = Um cookie é um pequeno conjunto de dados, identificado por um nome, que um site pede ao seu navegador para guardar. O navegador guarda-o durante um período definido e devolve-o a esse site sempre que lá volta. Os cookies podem, por exemplo, manter a sua sessão iniciada, lembrar o conteúdo de um carrinho de compras ou reconhecer o seu navegador ao longo do tempo para contar visitas ou apresentar publicidade direcionada.
policy-types-heading = Quatro tipos de cookies
policy-type-necessary-name = Cookies estritamente necessários
policy-type-necessary = guardam informações de uma visita para a outra no mesmo dispositivo, como um carrinho, uma sessão iniciada ou uma definição da interface. O site não funciona sem eles, por isso são instalados sem lhe pedir autorização.
policy-type-statistics-name = Cookies analíticos
policy-type-statistics = acompanham o que os visitantes fazem no site para medir a audiência. Quando a medição é anonimizada, de modo a nunca poder ser associada a uma pessoa, não precisa de consentimento; mesmo assim, pode opor-se.
policy-type-first-party-name = Cookies próprios
policy-type-first-party = são instalados pelo próprio site que está a visitar. Além dos necessários, podem recolher dados pessoais, acompanhar o seu comportamento no site ou apresentar publicidade.
policy-type-third-party-name = Cookies de terceiros
policy-type-third-party = são instalados por outro site, muitas vezes um anunciante, ou em nome dele, através de conteúdos incorporados no site que está a visitar. Permitem a esse outro site saber que páginas consultou e recolher informações sobre si.
policy-list-heading = Os cookies de { $site }
policy-none = Este site não declara nenhum cookie deste tipo.
policy-choices-heading = Mudar de ideias
policy-choices = Pode alterar ou retirar a sua escolha em qualquer momento através da opção «Definições de cookies», presente em todas as páginas de { $site }. Retirar o consentimento é tão fácil como dá-lo.
policy-browser = O seu navegador também mostra os cookies que guarda e permite eliminá-los ou bloqueá-los, para todos os sites ou apenas para alguns. Procure «cookies» ou «dados de sites» nas definições ou na ajuda do navegador. Bloquear os cookies necessários pode impedir que algumas partes do site funcionem.
policy-version = Versão { $version } da política
policy-services-heading = Serviços de outras empresas
policy-services = Algumas funcionalidades de { $site } são fornecidas por outras empresas, como um vídeo incorporado, um mapa ou uma ferramenta de medição de audiência. Nenhuma delas é carregada enquanto não autorizar, nas definições de cookies, o tipo de cookies a que pertence ou esse serviço em particular. Cada uma é indicada aqui com os cookies que se sabe que instala.
column-service = Serviço
column-category = Tipo de cookies
policy-service-no-cookies = nenhum conhecido

category-necessary = Necessários
category-necessary-description = Indispensáveis ao funcionamento do site; sempre ativos.
category-preferences = Preferências
category-preferences-description = Memorizam escolhas que alteram o aspeto ou o comportamento do site, como uma região ou uma definição de apresentação.
category-statistics = Estatísticas
category-statistics-description = Medem a audiência do site para o melhorar.
category-marketing = Marketing
category-marketing-description = Publicidade, rastreio entre sites e conteúdos incorporados de outros serviços, como vídeos.

column-provider = Fornecedor
column-function = Função e localização
column-names = Nome(s) do cookie
column-purpose = Finalidade
column-duration = Duração
column-party = Origem
party-first = Próprio
party-third = De terceiros
name-prefix = qualquer nome começado por { $prefix }
exempt-note = Medição de audiência anonimizada: ativa sem consentimento; pode opor-se.
domain-note = instalado em { $domain }

duration-session = Até fechar o navegador
duration-hour = { $n ->
    [one] { $n } hora
   *[other] { $n } horas
}
duration-day = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
duration-week = { $n ->
    [one] { $n } semana
   *[other] { $n } semanas
}
duration-month = { $n ->
    [one] { $n } mês
   *[other] { $n } meses
}
duration-year = { $n ->
    [one] { $n } ano
   *[other] { $n } anos
}

not-found-title = Página não encontrada
not-found-text = Não existe nada neste endereço.
not-found-site = Nenhum site chamado «{ $slug }» é gerido aqui.
not-found-home = Ver os sites geridos aqui

banner-title = Cookies em { $site }
banner-text = { $site } utiliza os cookies de que precisa para funcionar. Com o seu consentimento, utilizaria também outros, para medir a audiência e mostrar conteúdos de outros serviços. Recusar é tão fácil como aceitar, e pode mudar de ideias em qualquer momento.
banner-accept-all = Aceitar tudo
banner-reject-all = Recusar tudo
banner-customise = Personalizar
banner-save = Guardar escolhas
banner-close = Fechar sem aceitar
banner-settings = Definições de cookies
banner-policy-link = Política de cookies
banner-gpc = O seu navegador envia o sinal Global Privacy Control, por isso os cookies de marketing continuam desativados.
banner-always-on = sempre ativos
banner-exempt = Medição anónima: ativa sem consentimento; pode desativá-la.
banner-placeholder = Este conteúdo precisa de cookies de «{ $category }».
banner-placeholder-accept = Permitir cookies de «{ $category }»
banner-opt-out-text = { $site } utiliza cookies para funcionar, para medir a audiência e para fins publicitários. Pode opor-se, em qualquer momento, à venda e à partilha das suas informações pessoais e à publicidade direcionada.
banner-privacy-choices = As suas opções de privacidade
banner-gpc-honoured = O seu pedido de oposição foi respeitado
banner-notice-ok = Entendido
banner-services = Serviços deste tipo

my-consent-title = As suas escolhas de cookies em { $site }
my-consent-none = Ainda não fez nenhuma escolha neste site: só são instalados os cookies necessários.
my-consent-none-starts-on = Ainda não fez nenhuma escolha neste site: no local onde se encontra, os cookies do site estão ativos até os desativar abaixo.
my-consent-id = Identificador do consentimento
my-consent-date = Data da decisão
my-consent-change = Alterar as minhas escolhas
my-consent-withdraw = Retirar o meu consentimento
my-consent-back = Voltar ao site
my-consent-opt-out = Opor-me à venda, à partilha e à publicidade direcionada
my-consent-opt-out-explained = Uma única ação põe fim à venda e à partilha das suas informações pessoais e à publicidade direcionada neste site; os restantes cookies do site ficam como estão.
my-consent-opted-out = Opôs-se à venda, à partilha e à publicidade direcionada neste site.
audience-heading = Medição de audiência
audience-explained = Para saber que páginas são lidas, cada visita é contada sem qualquer cookie: o endereço IP e o navegador servem apenas para distinguir as visitas de um mesmo dia e nunca são guardados. Ninguém pode ser identificado a partir destas contagens, que não são partilhadas.
audience-opt-out = Não contar as minhas visitas
audience-stop = Deixar de contar as minhas visitas
audience-resume = Voltar a contar as minhas visitas
audience-stopped = As suas visitas não são contadas.
stats-title = Estatísticas de { $site }
stats-views = Visualizações de páginas
stats-visitors = Visitantes
stats-visitors-note = Os visitantes são contados uma vez por dia, sem cookies: ao longo de vários dias, uma pessoa que volta é contada em cada dia.
stats-audience = Visualizações de páginas e visitantes por dia
stats-top-path = Páginas mais vistas
stats-top-referrer = Principais sites de origem
stats-top-browser = Navegadores
stats-top-os = Sistemas operativos
stats-top-device = Dispositivos
stats-top-language = Idiomas
stats-none = (nenhum)
stats-decisions = Decisões de consentimento
stats-acceptance = Aceitação por categoria (%)
stats-acceptance-language = Aceitação por idioma (%)
stats-undecided = Visitantes que nunca decidiram (estimativa)
stats-nothing = Ainda não foi contado nada.
admin-statistics = Estatísticas
choice-on = Ativado
choice-off = Desativado

admin-login-title = Iniciar sessão no cookiewarden
admin-username = Nome de utilizador
admin-password = Palavra-passe
admin-login-submit = Iniciar sessão
admin-login-failed = Nome de utilizador ou palavra-passe incorretos.
admin-login-locked = Demasiadas tentativas falhadas. Tente novamente dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
admin-csrf-failed = Este formulário expirou ou foi enviado a partir de outro site. Recarregue a página e tente novamente.
admin-login-busy = Há demasiadas pessoas a iniciar sessão neste momento. Tente novamente daqui a pouco.
admin-home-title = Sites
admin-signed-in-as = Sessão iniciada como { $user }
admin-logout = Terminar sessão
admin-logout-everywhere = Terminar sessão em todos os dispositivos
admin-no-sites = Ainda não é membro de nenhum site; um administrador pode dar-lhe acesso.
admin-site-policy = Política de cookies
admin-role-admin = Administrador
admin-role-editor = Editor
admin-role-viewer = Leitor
admin-consents = Registo de consentimentos
admin-consents-title = Registo de consentimentos de { $site }
admin-consents-count = { $total ->
    [0] Nenhum registo corresponde
    [one] Corresponde um registo
   *[other] Correspondem { $total } registos
}; { $shown } nesta página.
admin-col-time = Registado (UTC)
admin-col-id = Identificador do consentimento
admin-col-method = Método
admin-col-choices = Aceites
admin-col-language = Idioma
admin-col-rules = Região e regras
admin-filter-from = De
admin-filter-to = Até
admin-filter-method = Método
admin-filter-any = qualquer
admin-filter-id = Identificador do consentimento
admin-filter-submit = Filtrar
admin-export-csv = Transferir em CSV
admin-not-member = Não é membro deste site.
admin-bad-filter = Valor de filtro inválido `{ $value }`: as datas escrevem-se AAAA-MM-DD e os métodos tal como foram registados.
admin-users = Utilizadores
admin-audit = Registo de auditoria
admin-col-user = Utilizador
admin-col-roles = Funções
admin-col-state = Estado
admin-col-actor = Quem
admin-col-action = O quê
admin-col-target = Sobre
admin-col-before = Antes
admin-col-after = Depois
admin-state-active = ativo
admin-state-disabled = desativado
admin-disable = Desativar
admin-enable = Reativar
admin-not-admin = Só os administradores podem fazer isto.
admin-not-yourself = Não pode desativar a sua própria conta.
admin-unknown-user = Esse utilizador não existe.
admin-settings = Definições
admin-settings-title = Definições de { $site }
admin-field-name = Nome
admin-field-origins = Origens
admin-field-origins-help = Os endereços a partir dos quais o site é servido, um por linha, por exemplo https://www.example.org. O banner só responde a páginas destes endereços.
admin-field-languages = Idiomas
admin-field-languages-help = Códigos de idioma separados por vírgulas, por exemplo pt, en.
admin-field-default-language = Idioma predefinido
admin-field-default-language-help = Usado quando o navegador do visitante não pede nenhum dos idiomas do site.
admin-field-consent-lifetime = Duração da escolha
admin-field-consent-lifetime-help = Durante quanto tempo vale a escolha de um visitante antes de o banner voltar a perguntar. Escreve-se em inglês, por exemplo 6 months; no máximo, 13 meses.
admin-field-refusal-cooldown = Recusa respeitada durante
admin-field-refusal-cooldown-help = Durante quanto tempo o banner não volta a perguntar depois de tudo ser recusado, mesmo que a política mude. Escreve-se em inglês, por exemplo 6 months (o valor predefinido); no máximo, 400 dias.
admin-field-cookie-domain = Domínio partilhado do cookie
admin-field-cookie-domain-help = Um domínio superior comum a todas as origens, por exemplo example.org, para que todos os seus subdomínios partilhem uma única escolha. Deixe vazio para manter uma escolha separada em cada host.
admin-field-default-region = Região predefinida
admin-field-default-region-help = A região dos visitantes que o cabeçalho de região do seu servidor frontal não localiza: um código ISO 3166, por exemplo FR ou US-CA. Deixe vazio para EU (União Europeia).
admin-field-regions = Regras por região
admin-field-regions-help = Uma linha por regra, em vez das predefinidas (opt-out nos Estados Unidos, opt-in nos restantes locais): as regiões, dois pontos, opt-in, opt-out ou notice e, opcionalmente, durante quanto tempo aí se respeita uma recusa, por exemplo US-CA, US-CO: opt-out, 12 months.
admin-field-policy-path = Caminho da política de cookies
admin-field-policy-path-help = Onde fica a política de cookies no site, por exemplo /cookies-policy.
admin-field-statistics-retention = Dados de audiência em bruto guardados durante
admin-field-statistics-retention-help = No máximo, 25 meses. Os totais diários mantêm-se depois de os dados em bruto serem eliminados.
admin-field-statistics-query = Parâmetros de consulta mantidos
admin-field-statistics-query-help = Parâmetros mantidos nos caminhos das páginas medidas, separados por vírgulas, por exemplo q, page. Deixe vazio para não manter nenhum.
admin-field-statistics-cookie = Reconhecer os visitantes que regressam
admin-field-statistics-cookie-help = Instala um cookie próprio durante 13 meses, nunca renovado, e declara-o na política.
admin-services = Serviços
admin-services-help = Serviços de outras empresas utilizados por este site. O gateway retém as respetivas etiquetas até que o visitante os autorize, e a política enumera-os com os seus cookies. Os serviços próprios do site, com os respetivos hosts e excertos de código, são descritos no seu ficheiro de definição.
admin-services-none = Este site não indica nenhum serviço.
admin-service-add = Adicionar o serviço
admin-service-remove = Remover
admin-service-own = próprio do site
admin-service-catalogue = do catálogo
admin-save = Guardar
admin-saved = Guardado.
admin-missing-texts = O cookie { $cookie } não tem função ou finalidade redigidas em { $languages }: os visitantes que leem esses idiomas veem, em vez disso, o texto em { $default }.
admin-read-only = Pode consultar estas definições; só os editores e os administradores as podem alterar.
admin-not-editor = Só os editores e os administradores do site o podem alterar.
admin-cookies = Cookies declarados
admin-col-pattern = Nome
admin-col-category = Categoria
admin-col-party = Origem
admin-col-duration = Duração
admin-col-provider = Fornecedor
admin-col-status = Estado
admin-delete = Eliminar
admin-unknown-cookie = Este site não declara esse cookie.
admin-add-cookie = Declarar um cookie
admin-field-cookie-name = Nome
admin-field-cookie-name-help = Termine-o com * para declarar todos os cookies cujo nome comece assim.
admin-field-provider = Fornecedor
admin-field-category = Categoria
admin-field-party = Origem
admin-field-party-help = first: instalado pelo próprio site; third: instalado pelo domínio de outra empresa.
admin-field-duration = Duração
admin-field-duration-help = Em inglês, por exemplo 13 months, 1 day ou session.
admin-field-domain = Domínio
admin-field-domain-help = Opcional: o domínio em que o cookie é instalado, quando não é o do próprio site.
admin-field-path = Caminho
admin-field-function = Função e localização
admin-field-function-help = O que o cookie faz e em que parte do site é instalado.
admin-field-purpose = Finalidade
admin-field-purpose-help = Porque é que o site precisa dele, em palavras que um visitante entenda.
admin-add = Adicionar
admin-field-exempt = Isento de consentimento
admin-field-exempt-help = Só se aplica à medição de audiência própria, conservada no máximo 13 meses.
admin-field-status = Estado
admin-field-status-help = Um rascunho (draft) fica fora da política publicada até ser ativado (active).
admin-edit = Editar
admin-edit-cookie-title = Declaração de { $name }
admin-preview = Pré-visualização da política
admin-preview-notice = Pré-visualização: a política tal como os visitantes a vão ler, { $drafts ->
    [0] sem nenhuma declaração em rascunho.
    [one] com uma declaração em rascunho ativada.
   *[other] com { $drafts } declarações em rascunho ativadas.
}
admin-new-site = Novo site
admin-field-slug = Identificador
admin-field-slug-help = Letras minúsculas, algarismos e hífenes. Aparece nos endereços e não pode ser alterado depois.
admin-create = Criar
admin-tokens = Tokens de API
admin-api-document = Descrição da API (OpenAPI)
admin-token-created = Aqui está o novo token. Copie-o agora: não voltará a ser mostrado.
admin-field-label = Etiqueta
admin-field-sites = Sites
admin-field-access = Acesso
admin-access-read = só de leitura
admin-access-write = leitura e escrita
admin-all-sites = todos os sites em que trabalha
admin-col-created = Criado (UTC)
admin-col-last-used = Última utilização (UTC)
admin-revoke = Revogar
admin-no-tokens = Ainda não há nenhum token.
admin-new-token = Novo token
admin-unknown-token = Esse token não existe.
admin-add-user = Adicionar um utilizador
admin-field-role = Função
admin-field-member-of = Sites atribuídos
admin-field-member-of-help = Os sites em que um editor ou um leitor trabalha; um administrador trabalha em todos.
admin-texts = Textos do banner e da política
admin-texts-help = Escreva o texto próprio do site em cada um dos seus idiomas; um campo deixado vazio mantém o texto da plataforma, que aparece a cinzento dentro do campo.
admin-field-banner-title = Título do banner
admin-field-banner-text = Parágrafo do banner
admin-field-policy-intro = Parágrafo inicial da política

admin-nav = Administração
admin-site-nav = Páginas de { $site }
admin-older = Registos mais antigos
admin-newer = Registos mais recentes
admin-show-oldest = Mostrar primeiro os mais antigos
admin-show-newest = Mostrar primeiro os mais recentes
admin-confirm-title = Confirme, por favor
admin-confirm-delete-cookie = Eliminar a declaração de { $name }? O cookie sai imediatamente da política publicada; os registos de consentimento já guardados ficam como estão.
admin-confirm-revoke-token = Revogar o token «{ $label }»? A partir de agora, qualquer script que o utilize é recusado.
admin-cancel = Cancelar
admin-sorted-ascending = por ordem crescente
admin-sorted-descending = por ordem decrescente
admin-pages = Páginas da tabela
stats-show-numbers = Ver os números
stats-demo-data = Estes números são dados de demonstração sintéticos, criados quando a demonstração foi iniciada com uma base de dados vazia.
admin-col-links = Ir para
admin-newest = As alterações mais recentes
admin-older-changes = Alterações mais antigas
