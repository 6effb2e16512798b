<#ftl output_format="plainText">
${msg("tramitaOtpEmailBody", code, ttlMinutes?c, realmName)}
