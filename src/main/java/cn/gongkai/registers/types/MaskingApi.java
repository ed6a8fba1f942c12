package cn.gongkai.registers.types;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.organization.CurrentStaff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Mask settings of a register over JSON (staff). */
@RestController
@Tag(name = "Register masking", description = "Masks per register field: defaults, operator settings, re-masking")
class MaskingApi {

    private final Masking masking;
    private final CurrentStaff current;

    MaskingApi(Masking masking, CurrentStaff current) {
        this.masking = masking;
        this.current = current;
    }

    @Operation(summary = "A register's fields with their default and current masks (staff)")
    @GetMapping("/api/v1/registers/{code}/masking")
    Masking.View get(@PathVariable String code) {
        current.get();
        return masking.view(code);
    }

    @Operation(summary = "Change masks (ADMINISTRATOR or OFFICE_REVIEWER of the top organ); existing rows are masked again",
            description = "Body {\"masks\":{\"idNumber\":\"HIDDEN\"}}: NONE, ID_NUMBER, PHONE, BANK_ACCOUNT, ADDRESS, "
                    + "PERSON_NAME or HIDDEN (ORGAN, ENUM, DATE, AMOUNT, INTEGER, LIST and STEPS fields only NONE or "
                    + "HIDDEN); the field's default removes its setting. 400 naming masks.<field>; nothing written then.")
    @PutMapping("/api/v1/registers/{code}/masking")
    Masking.View put(@PathVariable String code, @RequestBody Change body) {
        return masking.change(code, body == null ? null : body.masks(), current.get());
    }

    record Change(Map<String, String> masks) {
    }
}
