{{/* Labels every object of the chart carries. */}}
{{- define "tramita.labels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
{{ include "tramita.commonLabels" . }}
{{- end -}}

{{/* The same without the instance label, for use next to "tramita.selectorLabels". */}}
{{- define "tramita.commonLabels" -}}
app.kubernetes.io/part-of: tramita
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version }}
{{- end -}}

{{/* Selector of one process of one service: (dict "root" $ "name" svc "process" p). */}}
{{- define "tramita.selectorLabels" -}}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/name: {{ .name }}
{{- if .process }}
app.kubernetes.io/component: {{ .process }}
{{- end }}
{{- end -}}

{{/* Object name of a service: <release>-<svc> (or <svc> when the release is "tramita"-less). */}}
{{- define "tramita.name" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "tramita.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- .Values.serviceAccount.name | default (printf "%s-tramita" .Release.Name | trunc 63 | trimSuffix "-") -}}
{{- else -}}
{{- .Values.serviceAccount.name | default "default" -}}
{{- end -}}
{{- end -}}

{{- define "tramita.image" -}}
{{ .root.Values.image.registry }}/{{ .name }}:{{ .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- end -}}

{{/* Settings of one process: defaults merged with services.<svc>.processes.<process> (YAML). */}}
{{- define "tramita.process" -}}
{{- $overrides := deepCopy (default dict .override) -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.defaults) $overrides) -}}
{{- end -}}

{{/* Non-secret settings of a service as a flat map of strings (YAML): ConfigMap data. */}}
{{- define "tramita.config" -}}
{{- $root := .root -}}
{{- $svc := .svc -}}
{{- $g := $root.Values.global -}}
{{- $cfg := dict
  "TRAMITA_PROFILE" $g.profile
  "TRAMITA_SERVICE_NAME" .name
  "TRAMITA_KAFKA_BOOTSTRAP" $g.kafkaBootstrap
  "TRAMITA_KEYCLOAK_URL" $g.keycloakUrl
  "TRAMITA_KEYCLOAK_REALM" $g.keycloakRealm
  "TRAMITA_TOKEN_AUDIENCE" $g.tokenAudience
  "TRAMITA_OTLP_ENDPOINT" $g.otlpEndpoint
  "TRAMITA_LOG_LEVEL" $g.logLevel
  "TRAMITA_METRICS_HOST" "0.0.0.0"
-}}
{{- if $svc.grpcPort }}
{{- $_ := set $cfg "TRAMITA_GRPC_HOST" "0.0.0.0" }}
{{- $_ := set $cfg "TRAMITA_GRPC_PORT" (toString $svc.grpcPort) }}
{{- end }}
{{- if $svc.metricsPort }}
{{- $_ := set $cfg "TRAMITA_METRICS_PORT" (toString $svc.metricsPort) }}
{{- end }}
{{- if $svc.httpPort }}
{{- $_ := set $cfg "TRAMITA_HTTP_HOST" "0.0.0.0" }}
{{- $_ := set $cfg "TRAMITA_HTTP_PORT" (toString $svc.httpPort) }}
{{- end }}
{{- if has "minio" (default list $svc.egress) }}
{{- $_ := set $cfg "TRAMITA_MINIO_ENDPOINT" $g.minio.endpoint }}
{{- $_ := set $cfg "TRAMITA_MINIO_SECURE" (toString $g.minio.secure) }}
{{- end }}
{{- range $target := default list $svc.calls }}
{{- $called := index $root.Values.services $target }}
{{- if $called.enabled }}
{{- $_ := set $cfg (printf "TRAMITA_%s_TARGET" (upper $target)) (printf "%s:%v" (include "tramita.name" (dict "root" $root "name" $target)) $called.grpcPort) }}
{{- end }}
{{- end }}
{{- with $svc.files }}
{{- range $var, $file := .items }}
{{- $_ := set $cfg $var (printf "%s/%s" $svc.files.mountPath $file) }}
{{- end }}
{{- end }}
{{- range $k, $v := $g.env }}
{{- $_ := set $cfg $k (toString $v) }}
{{- end }}
{{- range $k, $v := $svc.env }}
{{- $_ := set $cfg $k (toString $v) }}
{{- end }}
{{- toYaml $cfg }}
{{- end -}}

{{/* Secret environment variables of a service (env list entries), by reference only. */}}
{{- define "tramita.secretEnv" -}}
{{- $secret := .svc.secret | default dict -}}
{{- $name := $secret.existingSecret | default .root.Values.secrets.existingSecret -}}
{{- range $var, $key := $secret.keys }}
- name: {{ $var }}
  valueFrom:
    secretKeyRef: { name: {{ $name | quote }}, key: {{ $key | quote }} }
{{- end }}
{{- range $var, $key := $secret.optionalKeys }}
- name: {{ $var }}
  valueFrom:
    secretKeyRef: { name: {{ $name | quote }}, key: {{ $key | quote }}, optional: true }
{{- end }}
{{- end -}}

{{/* Pod-level settings shared by deployments and migration jobs. */}}
{{- /* (dict "root" $ "job" bool): hook Jobs run before the chart's ServiceAccount exists. */ -}}
{{- define "tramita.podSpecCommon" -}}
{{- with .root -}}
automountServiceAccountToken: false
serviceAccountName: {{ ternary "default" (include "tramita.serviceAccountName" .) $.job }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
{{- end -}}
